import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { appointmentSchema, slotSchema } from '../contracts/appointment';
import { APPOINTMENT_STATUSES } from '../domain/appointment-status';
import { instant } from './instant';

// Request and response shapes of /agenda/slots and /agenda/appointments.

const uuid = z.string().uuid();
const S = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e71';
const P = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';
const R = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e70';

type SlotConfig = Pick<Config, 'AGENDA_SLOT_RANGE_MAX_DAYS' | 'AGENDA_SLOTS_MAX'>;

export const slotsQuery = (cfg: SlotConfig) =>
  z
    .object({
      service_id: uuid,
      from: instant.describe('Start of the search (ISO 8601 with offset).'),
      to: instant.describe(
        `End of the search; at most AGENDA_SLOT_RANGE_MAX_DAYS (${cfg.AGENDA_SLOT_RANGE_MAX_DAYS}) days after from.`,
      ),
      professional_id: uuid.optional().describe('Only this professional.'),
      step_minutes: z.coerce
        .number()
        .int()
        .min(5)
        .max(1440)
        .optional()
        .describe('Between slot starts; default the service duration.'),
      limit: z.coerce.number().int().min(1).max(cfg.AGENDA_SLOTS_MAX).optional(),
      cursor: z.string().max(500).optional(),
    })
    .superRefine((q, c) => {
      // Runs even when a field failed (then it may not be a Date): judge the range only when both are.
      if (!(q.from instanceof Date) || !(q.to instanceof Date)) return;
      const span = q.to.getTime() - q.from.getTime();
      if (span <= 0) c.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
      else if (span > cfg.AGENDA_SLOT_RANGE_MAX_DAYS * 86_400_000)
        c.addIssue({
          code: 'custom',
          path: ['to'],
          message: `at most ${cfg.AGENDA_SLOT_RANGE_MAX_DAYS} days after from`,
        });
    })
    .meta({ example: { service_id: S, from: '2026-03-02T00:00:00-03:00', to: '2026-03-09T00:00:00-03:00' } });

export const slotPage = pageSchema(slotSchema).meta({
  example: { items: [slotSchema.meta()?.example], next_cursor: null },
});

export const holdBody = (cfg: Pick<Config, 'AGENDA_HOLD_TTL_MAX_SECONDS'>) =>
  z
    .object({
      service_id: uuid,
      professional_id: uuid,
      resource_id: uuid.nullish().describe('The room or resource (from the slot) when the service needs one.'),
      starts_at: instant,
      patient_id: uuid.nullish().describe('The patient (person); may come later, when booking.'),
      notes: z.string().trim().max(2000).nullish(),
      ttl_seconds: z
        .number()
        .int()
        .min(10)
        .max(cfg.AGENDA_HOLD_TTL_MAX_SECONDS)
        .optional()
        .describe('How long the hold lasts; default AGENDA_HOLD_TTL_SECONDS.'),
    })
    .meta({
      example: {
        service_id: S,
        professional_id: P,
        resource_id: R,
        starts_at: '2026-03-02T09:00:00-03:00',
        ttl_seconds: 600,
      },
    });

export const listQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  pageQuery(cfg)
    .extend({
      from: instant.optional().describe('Appointments ending after this instant.'),
      to: instant.optional().describe('Appointments starting before this instant.'),
      professional_id: uuid.optional(),
      resource_id: uuid.optional(),
      patient_id: uuid.optional(),
      status: z.enum(APPOINTMENT_STATUSES).optional(),
    })
    .meta({ example: { from: '2026-03-02T00:00:00-03:00', to: '2026-03-03T00:00:00-03:00', professional_id: P } });

export const appointmentPage = pageSchema(appointmentSchema).meta({
  example: { items: [appointmentSchema.meta()?.example], next_cursor: null },
});

export const appointmentParams = z.object({ appointment_id: uuid });

const moveFields = {
  reason: z.string().trim().max(500).optional().describe('Kept in the status history (the cancel reason).'),
  expected_version: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('412 if the appointment changed (or send If-Match).'),
};
export const moveBody = z.object(moveFields).meta({ example: { reason: 'Confirmed by WhatsApp' } });
export const optionalMoveBody = moveBody.nullish().meta({ example: moveBody.meta()?.example });

export const bookBody = z
  .object({ ...moveFields, patient_id: uuid.optional().describe('Required when the hold has none.') })
  .meta({ example: { patient_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e91' } });
export const optionalBookBody = bookBody.nullish().meta({ example: bookBody.meta()?.example });

export const rescheduleBody = z
  .object({
    ...moveFields,
    starts_at: instant,
    professional_id: uuid.optional().describe('Default: the same professional.'),
    resource_id: uuid.nullish().describe('Default: the same resource.'),
  })
  .meta({ example: { starts_at: '2026-03-03T10:00:00-03:00', reason: 'Patient asked for Tuesday' } });

export const noContent = z.null().meta({ example: null });
