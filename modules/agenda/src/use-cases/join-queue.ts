import { requirePatient } from '@nexova/clinic';
import { type AppContext, lockForTransaction, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { ConflictError, NotFoundError, ValidationError } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { DateTime } from 'luxon';
import type { QueueEntry } from '../contracts/queue';
import type { AppointmentRow } from '../db/appointment-store';
import { insertEntry, type QueueKey, queueSize, viewEntry } from '../db/queue-store';
import { mustLoad } from '../db/setup-store';
import { publishQueue } from './queue-events';

export type WalkInInput = {
  patientId?: string | null;
  name?: string | null;
  professionalId?: string | null;
  resourceId?: string | null;
  serviceId?: string | null;
  notes?: string | null;
  /** Minutes counted when no service is named (AGENDA_QUEUE_DEFAULT_MINUTES). */
  defaultMinutes: number;
  /** Most entries per queue and day (AGENDA_QUEUE_MAX). */
  max: number;
};

/** Today's local date in the workspace time zone: the day of the queue someone joins now. */
export async function localDay(t: TxContext, at: Date): Promise<string> {
  const { timezone } = await getWorkspaceSettings({ ctx: t });
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate() as string;
}

/** The queue a walk-in joins: its professional's, else its room's, else the front desk's. */
export const queueOf = (who: { professionalId?: string | null; resourceId?: string | null }, day: string): QueueKey =>
  who.professionalId
    ? { kind: 'professional', ownerId: who.professionalId, day }
    : who.resourceId
      ? { kind: 'resource', ownerId: who.resourceId, day }
      : { kind: 'general', ownerId: null, day };

/** A referenced row that must exist, as a 400 naming the body field (not a 404 for the URL). */
async function mustExist<T>(load: () => Promise<T>, pointer: string): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    throw new ValidationError('The walk-in names something that does not exist.', [
      { pointer, in: 'body', message: 'not found in this workspace' },
    ]);
  }
}

async function assertRoom(t: TxContext, key: QueueKey, max: number) {
  // Two walk-ins joining at once must not both see room for one more.
  await lockForTransaction(t, `agenda.queue:${workspaceOf(t)}:${key.kind}:${key.ownerId ?? '-'}:${key.day}`);
  if ((await queueSize(t, key)) >= max)
    throw new ConflictError(`The queue already has ${max} entries today (AGENDA_QUEUE_MAX).`, { code: 'queue_full' });
}

// A patient without an appointment joins today's queue of a professional, a room or the front
// desk; a patient record or a name says whom to call.
export async function addWalkIn({ ctx, input }: { ctx: AppContext; input: WalkInInput }): Promise<QueueEntry> {
  if (!input.patientId && !input.name)
    throw new ValidationError('A walk-in needs a patient or a name to call.', [
      { pointer: '/patient_id', in: 'body', message: 'give patient_id or name' },
    ]);
  return withTransaction(ctx, async (t) => {
    const patientId = input.patientId ?? null;
    if (patientId) await requirePatient({ ctx: t, input: { patientId } });
    if (input.professionalId)
      await mustExist(() => mustLoad(t, 'professional', input.professionalId as string), '/professional_id');
    if (input.resourceId) await mustExist(() => mustLoad(t, 'resource', input.resourceId as string), '/resource_id');
    const service = input.serviceId
      ? await mustExist(() => mustLoad(t, 'service', input.serviceId as string), '/service_id')
      : null;
    const now = new Date();
    const key = queueOf(input, await localDay(t, now));
    await assertRoom(t, key, input.max);
    const row = await insertEntry(t, key, {
      appointmentId: null,
      patientId,
      name: input.name ?? null,
      serviceId: service?.id ?? null,
      professionalId: input.professionalId ?? null,
      resourceId: input.resourceId ?? null,
      durationMinutes: service?.durationMinutes ?? input.defaultMinutes,
      notes: input.notes ?? null,
    });
    await publishQueue(t, 'joined', row, null);
    return viewEntry(t, row, now);
  });
}

/**
 * A checked-in appointment joins today's queue of its professional, in the check-in's
 * transaction; it counts the appointment's own length. A second check-in (after a canceled one
 * was not possible: check-in comes from booked/confirmed only) finds the entry already there.
 */
export async function enqueueAppointment(t: TxContext, appointment: AppointmentRow) {
  const key = queueOf({ professionalId: appointment.professionalId }, await localDay(t, new Date()));
  const row = await insertEntry(t, key, {
    appointmentId: appointment.id,
    patientId: appointment.patientId,
    name: null,
    serviceId: appointment.serviceId,
    professionalId: appointment.professionalId,
    resourceId: appointment.resourceId,
    durationMinutes: Math.max(1, Math.round((appointment.endsAt.getTime() - appointment.startsAt.getTime()) / 60_000)),
    notes: null,
  });
  await publishQueue(t, 'joined', row, null);
}
