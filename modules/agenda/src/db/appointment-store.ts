import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError, newId } from '@nexova/kernel';
import { and, asc, eq, gt, inArray, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Appointment, AppointmentDetail } from '../contracts/appointment';
import { type AppointmentStatus, allowedActions, FREEING_STATUSES } from '../domain/appointment-status';
import type { Interval } from '../domain/intervals';
import { appointmentHistory, appointments } from './schema';

export type AppointmentRow = typeof appointments.$inferSelect;

export const toAppointment = (r: AppointmentRow): Appointment => ({
  id: r.id,
  service_id: r.serviceId,
  professional_id: r.professionalId,
  resource_id: r.resourceId,
  patient_id: r.patientId,
  status: r.status as AppointmentStatus,
  starts_at: r.startsAt.toISOString(),
  ends_at: r.endsAt.toISOString(),
  expires_at: r.expiresAt?.toISOString() ?? null,
  notes: r.notes,
  cancel_reason: r.cancelReason,
  canceled_by: r.canceledBy,
  rescheduled_from_id: r.rescheduledFromId,
  rescheduled_to_id: r.rescheduledToId,
  allowed_actions: allowedActions(r.status as AppointmentStatus),
  version: r.version,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});

/** An appointment by id (row-locked with `lock`), or 404 `appointment_not_found`. */
export async function mustLoadAppointment(t: TxContext, id: string, lock = false): Promise<AppointmentRow> {
  const q = t.tx
    .select()
    .from(appointments)
    .where(and(eq(appointments.workspaceId, workspaceOf(t)), eq(appointments.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new NotFoundError('The appointment was not found.', { code: 'appointment_not_found' });
  return row;
}

/** The appointment with its status history, oldest first. */
export async function withHistory(t: TxContext, row: AppointmentRow): Promise<AppointmentDetail> {
  const h = await t.tx
    .select()
    .from(appointmentHistory)
    .where(and(eq(appointmentHistory.workspaceId, workspaceOf(t)), eq(appointmentHistory.appointmentId, row.id)))
    .orderBy(asc(appointmentHistory.id));
  return {
    ...toAppointment(row),
    history: h.map((e) => ({
      action: e.action,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      reason: e.reason,
      actor_type: e.actorType,
      actor_id: e.actorId,
      at: e.createdAt.toISOString(),
    })),
  };
}

/** Appends one history entry (who from the context). */
export async function appendHistory(
  t: TxContext,
  entry: { appointmentId: string; action: string; from: string | null; to: string; reason: string | null },
) {
  await t.tx.insert(appointmentHistory).values({
    id: newId(),
    workspaceId: workspaceOf(t),
    appointmentId: entry.appointmentId,
    action: entry.action,
    fromStatus: entry.from,
    toStatus: entry.to,
    reason: entry.reason,
    actorType: t.actor.type,
    actorId: t.actor.id,
  });
}

const blocking = notInArray(appointments.status, [...FREEING_STATUSES]);
const overlapping = (range: Interval) =>
  and(lt(appointments.startsAt, new Date(range.end)), gt(appointments.endsAt, new Date(range.start)));
const sameSlot = (who: { professionalId: string; resourceId: string | null }) =>
  who.resourceId
    ? or(eq(appointments.professionalId, who.professionalId), eq(appointments.resourceId, who.resourceId))
    : eq(appointments.professionalId, who.professionalId);

/** Busy time of each professional and each resource over `range` (every blocking appointment or live hold). */
export async function busyOver(
  t: TxContext,
  range: Interval,
  ids: { professionals: string[]; resources: string[] },
  now: Date,
): Promise<Map<string, Interval[]>> {
  const out = new Map<string, Interval[]>();
  if (ids.professionals.length + ids.resources.length === 0) return out;
  const rows = await t.tx
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.workspaceId, workspaceOf(t)),
        blocking,
        overlapping(range),
        // A hold past its TTL whose timer has not fired yet is free already.
        sql`not (${appointments.status} = 'held' and ${appointments.expiresAt} <= ${now})`,
        or(
          ids.professionals.length ? inArray(appointments.professionalId, ids.professionals) : undefined,
          ids.resources.length ? inArray(appointments.resourceId, ids.resources) : undefined,
        ),
      ),
    );
  const add = (id: string | null, i: Interval) => {
    if (id) out.set(id, [...(out.get(id) ?? []), i]);
  };
  for (const r of rows) {
    const i = { start: r.startsAt.getTime(), end: r.endsAt.getTime() };
    add(r.professionalId, i);
    add(r.resourceId, i);
  }
  return out;
}

/** Holds past their TTL overlapping a slot: expired by the caller before it takes the slot. */
export const lapsedHoldsOn = (
  t: TxContext,
  who: { professionalId: string; resourceId: string | null },
  range: Interval,
  now: Date,
) =>
  t.tx
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.workspaceId, workspaceOf(t)),
        eq(appointments.status, 'held'),
        lt(appointments.expiresAt, sql`${now}`),
        overlapping(range),
        sameSlot(who),
      ),
    )
    .orderBy(asc(appointments.id))
    .for('update');

/** The blocking appointment that holds a slot (to name it in a 409), if any. */
export async function conflictOn(
  t: TxContext,
  who: { professionalId: string; resourceId: string | null },
  range: Interval,
): Promise<AppointmentRow | undefined> {
  const [row] = await t.tx
    .select()
    .from(appointments)
    .where(and(eq(appointments.workspaceId, workspaceOf(t)), blocking, overlapping(range), sameSlot(who)))
    .orderBy(asc(appointments.startsAt))
    .limit(1);
  return row;
}
