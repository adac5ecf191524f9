import { resolveBookingPatient } from '@nexova/clinic';
import { type TxContext, withSavepoint, workspaceOf } from '@nexova/db';
import { ConflictError, newId, ValidationError } from '@nexova/kernel';
import { type AppointmentRow, conflictOn, lapsedHoldsOn } from '../db/appointment-store';
import { appointments } from '../db/schema';
import { mustLoad } from '../db/setup-store';
import { covers } from '../domain/intervals';
import { freeTime } from './free-time';
import { writeMove } from './write-move';

// Private to hold and reschedule: checks that a slot fits the service and is open, frees holds on
// it whose TTL passed, then inserts the row. The exclusion constraints decide any race: the loser's
// insert fails with 23P01 and answers 409 `slot_taken` naming the appointment that holds the slot.

export type SlotRequest = {
  serviceId: string;
  professionalId: string;
  resourceId?: string | null;
  startsAt: Date;
  patientId?: string | null;
  notes?: string | null;
  status: 'held' | 'booked';
  expiresAt: Date | null;
  rescheduledFromId?: string;
  now: Date;
};

const field = (pointer: string, message: string) => new ValidationError(message, [{ pointer, in: 'body', message }]);

export async function takeSlot(t: TxContext, req: SlotRequest): Promise<AppointmentRow> {
  const service = await mustLoad(t, 'service', req.serviceId);
  const professional = await mustLoad(t, 'professional', req.professionalId);
  const resourceId = req.resourceId ?? null;
  if (!service.active) throw field('/service_id', 'the service is inactive');
  if (!professional.active) throw field('/professional_id', 'the professional is inactive');
  if (service.professionalIds.length > 0 && !service.professionalIds.includes(professional.id))
    throw field('/professional_id', 'this professional does not do this service');
  if (service.resourceIds.length > 0 && !resourceId)
    throw field('/resource_id', 'this service needs one of its resources');
  if (service.resourceIds.length === 0 && resourceId) throw field('/resource_id', 'this service uses no resource');
  if (resourceId) {
    const resource = await mustLoad(t, 'resource', resourceId);
    if (!resource.active || !service.resourceIds.includes(resource.id))
      throw field('/resource_id', 'this resource is not one the service may use');
  }
  if (req.startsAt.getTime() < req.now.getTime()) throw field('/starts_at', 'the slot has already started');
  // A person without a clinical profile gets one (see resolveBookingPatient); unknown ids → 422.
  const patientId = req.patientId
    ? (await resolveBookingPatient({ ctx: t, input: { id: req.patientId } })).patientId
    : null;
  const start = req.startsAt.getTime();
  const range = { start, end: start + service.durationMinutes * 60_000 };
  const who = { professionalId: professional.id, resourceId };
  // Lapsed holds first (their timer may not have fired yet): they must not block a live request.
  for (const lapsed of await lapsedHoldsOn(t, who, range, req.now))
    await writeMove(t, lapsed, { action: 'expire', to: 'expired', reason: 'ttl elapsed' });
  const free = await freeTime(t, {
    professionals: [professional.id],
    resources: resourceId ? [resourceId] : [],
    range,
    now: req.now,
  });
  const fits = (id: string) => covers(free.get(id) ?? [], range.start, range.end);
  if (!fits(professional.id) || (resourceId && !fits(resourceId))) {
    const taken = await conflictOn(t, who, range);
    if (taken) throw slotTaken(range, taken);
    throw new ConflictError('The slot is outside the opening hours of the professional or the resource.', {
      code: 'slot_unavailable',
      extensions: { slot: slotOf(range, who) },
    });
  }
  try {
    return await withSavepoint(t, async (s) => {
      const [row] = await s.tx
        .insert(appointments)
        .values({
          id: newId(),
          workspaceId: workspaceOf(s),
          serviceId: service.id,
          professionalId: professional.id,
          resourceId,
          patientId,
          status: req.status,
          startsAt: new Date(range.start),
          endsAt: new Date(range.end),
          expiresAt: req.expiresAt,
          notes: req.notes ?? null,
          rescheduledFromId: req.rescheduledFromId ?? null,
          createdAt: req.now,
          updatedAt: req.now,
        })
        .returning();
      return row as AppointmentRow;
    });
  } catch (error) {
    if (!isExclusionViolation(error)) throw error;
    const taken = await conflictOn(t, who, range);
    throw slotTaken(range, taken);
  }
}

const slotOf = (range: { start: number; end: number }, who: { professionalId: string; resourceId: string | null }) => ({
  starts_at: new Date(range.start).toISOString(),
  ends_at: new Date(range.end).toISOString(),
  professional_id: who.professionalId,
  resource_id: who.resourceId,
});

/** 409 `slot_taken` naming the asked slot and the appointment that overlaps it. */
function slotTaken(range: { start: number; end: number }, taken: AppointmentRow | undefined) {
  return new ConflictError(
    `The slot ${new Date(range.start).toISOString()}–${new Date(range.end).toISOString()} is already taken.`,
    {
      code: 'slot_taken',
      extensions: {
        conflict: taken
          ? {
              appointment_id: taken.id,
              starts_at: taken.startsAt.toISOString(),
              ends_at: taken.endsAt.toISOString(),
              professional_id: taken.professionalId,
              resource_id: taken.resourceId,
            }
          : null,
      },
    },
  );
}

/** A Postgres exclusion violation (SQLSTATE 23P01), whichever driver raised it. */
export function isExclusionViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23P01') return true;
  }
  return false;
}
