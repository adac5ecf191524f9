import { resolveBookingPatient } from '@nexova/clinic';
import { type AppContext, withTransaction } from '@nexova/db';
import { holdLapsed } from '@nexova/events';
import { assertExpectedVersion, ConflictError, ValidationError } from '@nexova/kernel';
import type { Appointment } from '../contracts/appointment';
import { type AppointmentRow, mustLoadAppointment, toAppointment } from '../db/appointment-store';
import { type AppointmentStatus, allowedActions, nextStatus, type StaffAction } from '../domain/appointment-status';
import { syncQueue } from './queue-sync';
import { type MovePatch, writeMove } from './write-move';

export type MoveAppointmentInput = {
  appointmentId: string;
  action: Exclude<StaffAction, 'reschedule'>;
  reason?: string | null;
  patientId?: string | null;
  expectedVersion?: number;
};

/** 409 naming the current status and the actions it allows. */
export const illegalMove = (row: AppointmentRow, action: string) =>
  new ConflictError(`Appointment ${row.id} is ${row.status}; it cannot ${action}.`, {
    code: 'appointment_status_conflict',
    extensions: {
      current_status: row.status,
      action,
      allowed_actions: allowedActions(row.status as AppointmentStatus),
    },
  });

/**
 * A hold whose TTL passed is gone even if its timer has not fired yet: 409 `hold_expired`. The
 * expiry itself is not written here (the throw rolls the transaction back); the timer or the next
 * request for the slot writes it.
 */
export function refuseLapsedHold(row: AppointmentRow, now: Date) {
  if (!holdLapsed(row.status === 'held', row.expiresAt, now)) return;
  throw new ConflictError(`The hold ${row.id} expired at ${row.expiresAt?.toISOString()}.`, {
    code: 'hold_expired',
    extensions: { current_status: 'expired', allowed_actions: [] },
  });
}

// Moves an appointment along its lifecycle (book, confirm, check in, start, complete, cancel,
// no-show, release) and keeps the reception queue in step; 409 listing the allowed actions when the table refuses, 412 on a stale If-Match.
export async function moveAppointment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: MoveAppointmentInput;
}): Promise<Appointment> {
  return withTransaction(ctx, async (t) => {
    const before = await mustLoadAppointment(t, input.appointmentId, true);
    assertExpectedVersion(before.version, input.expectedVersion, `Appointment ${before.id}`);
    const to = nextStatus(before.status as AppointmentStatus, input.action);
    if (!to) throw illegalMove(before, input.action);
    refuseLapsedHold(before, new Date());
    const patch: MovePatch = {};
    if (input.action === 'book') {
      const patientId = input.patientId ?? before.patientId;
      if (!patientId)
        throw new ValidationError('Booking needs the patient.', [
          { pointer: '/patient_id', in: 'body', message: 'required to book a hold without a patient' },
        ]);
      patch.patientId = (await resolveBookingPatient({ ctx: t, input: { id: patientId } })).patientId;
    }
    const reason = input.reason ?? null;
    const canceledBy = `${t.actor.type}:${t.actor.id ?? ''}`;
    if (input.action === 'cancel') Object.assign(patch, { cancelReason: reason, canceledBy });
    const after = await writeMove(t, before, {
      action: input.action,
      to,
      reason,
      patch,
      extra: input.action === 'cancel' ? { reason, canceled_by: canceledBy } : {},
    });
    await syncQueue(t, input.action, after); // check-in enqueues; start/complete/cancel move the entry
    return toAppointment(after);
  });
}
