import { findSlots, holdSlot, listProfessionals, listServices, type Service } from '@nexova/agenda';
import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError, ValidationError } from '@nexova/kernel';
import { z } from 'zod';
import { normalise } from '../brain/intents';
import { lastToolOutput } from '../db/tool-log';
import { appointmentView, requireClinic } from './clinic-context';
import { defineTool } from './tool';

// find_slots and hold_slot: the same use-cases as GET /agenda/slots and POST /agenda/appointments,
// through agenda's front door, for clinic workspaces only.

type Offered = {
  service: { service_id: string; name: string; duration_minutes: number } | null;
  slots: { option: number; starts_at: string; professional_id: string; resource_id: string | null }[];
};

const serviceOf = (s: Service) => ({ service_id: s.id, name: s.name, duration_minutes: s.duration_minutes });

/** The active service named by id or best by words of its name; else, when there is just one, that one. */
async function pickService(
  ctx: AppContext,
  wanted: string | undefined,
): Promise<{ services: Service[]; pick: Service | null }> {
  const services = (await listServices({ ctx, input: { limit: 50 } })).items.filter((s) => s.active);
  if (!wanted) return { services, pick: services.length === 1 ? (services[0] ?? null) : null };
  const byId = services.find((s) => s.id === wanted);
  if (byId) return { services, pick: byId };
  // Each service scores the words of `wanted` that begin one of its name's words; a single best wins.
  const words = normalise(wanted)
    .split(' ')
    .filter((w) => w.length > 3);
  const scored = services
    .map((s) => {
      const name = normalise(s.name).split(' ');
      return { s, score: words.filter((w) => name.some((n) => n.startsWith(w))).length };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  const named = best && scored[1]?.score !== best.score ? [best.s] : [];
  const only = services.length === 1 ? (services[0] ?? null) : null;
  return { services, pick: named.length === 1 ? (named[0] ?? null) : only };
}

export const findSlotsTool = defineTool({
  name: 'find_slots',
  description:
    'Clinic: the next free appointment slots of a service, numbered (option 1, 2 …) for the customer to pick. Without a service, or words that match several equally, answers the services to choose from instead (a workspace with one service always answers its slots). Times are ISO instants; say them in the time_zone given.',
  permission: 'appointments:read',
  input: z.object({
    service: z.string().trim().min(1).max(100).optional().describe('A service id or words of its name.'),
    professional_id: z.string().uuid().optional().describe('Only this professional.'),
    from: z.iso.datetime({ offset: true }).optional().describe('Earliest start (default: now).'),
    days: z.number().int().min(1).max(31).default(14).describe('How many days from `from` to look at.'),
    limit: z.number().int().min(1).max(10).default(5),
  }),
  async run({ ctx, input }) {
    const { timezone } = await requireClinic(ctx);
    const { services, pick } = await pickService(ctx, input.service);
    if (!pick) return { time_zone: timezone, service: null, services: services.map(serviceOf), slots: [] };
    const from = input.from ? new Date(input.from) : new Date();
    const page = await findSlots({
      ctx,
      input: {
        serviceId: pick.id,
        from,
        to: new Date(from.getTime() + input.days * 86_400_000),
        ...(input.professional_id ? { professionalId: input.professional_id } : {}),
        limit: input.limit,
      },
    });
    const names = new Map((await listProfessionals({ ctx, input: { limit: 200 } })).items.map((p) => [p.id, p.name]));
    return {
      time_zone: timezone,
      service: serviceOf(pick),
      services: [],
      slots: page.items.map((s, i) => ({
        option: i + 1,
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        professional_id: s.professional_id,
        professional_name: names.get(s.professional_id) ?? null,
        resource_id: s.resource_id,
      })),
    };
  },
});

const holdInput = z
  .object({
    option: z.number().int().min(1).max(10).optional().describe('The number of a slot from the last find_slots list.'),
    service_id: z.string().uuid().optional(),
    professional_id: z.string().uuid().optional(),
    resource_id: z.string().uuid().nullable().optional(),
    starts_at: z.iso.datetime({ offset: true }).optional(),
  })
  .describe('Either `option` (a slot the customer picked from the last find_slots), or the slot itself.');

export const holdSlotTool = defineTool({
  name: 'hold_slot',
  description:
    'Clinic: hold a slot for the customer of this conversation for a few minutes while they confirm (then book_appointment). Pass the option number they picked from find_slots, or service_id, professional_id, resource_id and starts_at.',
  permission: 'appointments:write',
  uses: ['customer'],
  input: holdInput,
  async run({ ctx, input, session, config }) {
    const { timezone } = await requireClinic(ctx);
    let slot: { serviceId: string; professionalId: string; resourceId: string | null; startsAt: string };
    if (input.option !== undefined) {
      const offered = (await withTransaction(ctx, (t) =>
        lastToolOutput(t, session.id, 'find_slots'),
      )) as Offered | null;
      const picked = offered?.slots.find((s) => s.option === input.option);
      if (!offered?.service || !picked)
        throw new ConflictError(`There is no option ${input.option} in the last slots offered.`, {
          code: 'agent_option_unknown',
        });
      slot = {
        serviceId: offered.service.service_id,
        professionalId: picked.professional_id,
        resourceId: picked.resource_id,
        startsAt: picked.starts_at,
      };
    } else {
      if (!input.service_id || !input.professional_id || !input.starts_at)
        throw new ValidationError('Give option, or service_id, professional_id and starts_at.', [
          { pointer: '/option', in: 'body', message: 'option or the slot (service_id, professional_id, starts_at)' },
        ]);
      slot = {
        serviceId: input.service_id,
        professionalId: input.professional_id,
        resourceId: input.resource_id ?? null,
        startsAt: input.starts_at,
      };
    }
    const held = await holdSlot({
      ctx,
      input: {
        ...slot,
        startsAt: new Date(slot.startsAt),
        patientId: session.customerId,
        ttlSeconds: config.AGENDA_HOLD_TTL_SECONDS,
      },
    });
    return appointmentView(ctx, held, timezone);
  },
});
