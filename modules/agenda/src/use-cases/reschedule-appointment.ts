import { type AppContext, withTransaction } from '@nexova/db';
import { assertExpectedVersion } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Appointment } from '../contracts/appointment';
import { type AppointmentRow, appendHistory, mustLoadAppointment, toAppointment } from '../db/appointment-store';
import { appointments } from '../db/schema';
import { type AppointmentStatus, nextStatus } from '../domain/appointment-status';
import { publishMove } from './appointment-events';
import { scheduleHoldExpiry } from './hold-expiry';
import { illegalMove, refuseLapsedHold } from './move-appointment';
import { takeSlot } from './take-slot';
import { writeMove } from './write-move';

export type RescheduleAppointmentInput = {
  appointmentId: string;
  startsAt: Date;
  professionalId?: string;
  resourceId?: string | null;
  reason?: string | null;
  expectedVersion?: number;
  now?: Date;
};

// Moves an appointment to another time (and maybe professional or resource): the old one is kept as
// `rescheduled` pointing at a new one with the same service, patient and status. The new slot is
// taken first (409 `slot_taken`), so a failed move changes nothing.
export async function rescheduleAppointment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RescheduleAppointmentInput;
}): Promise<Appointment> {
  const now = input.now ?? new Date();
  return withTransaction(ctx, async (t) => {
    const before = await mustLoadAppointment(t, input.appointmentId, true);
    assertExpectedVersion(before.version, input.expectedVersion, `Appointment ${before.id}`);
    if (!nextStatus(before.status as AppointmentStatus, 'reschedule')) throw illegalMove(before, 'reschedule');
    refuseLapsedHold(before, now);
    // Free the old time first, so the new slot may overlap it (moving by 15 minutes).
    const reason = input.reason ?? null;
    const held = before.status === 'held';
    const status = held ? 'held' : 'booked';
    const moved = await writeMove(t, before, { action: 'reschedule', to: 'rescheduled', reason, extra: false });
    const created = await takeSlot(t, {
      serviceId: before.serviceId,
      professionalId: input.professionalId ?? before.professionalId,
      resourceId: input.resourceId === undefined ? before.resourceId : input.resourceId,
      startsAt: input.startsAt,
      patientId: before.patientId,
      notes: before.notes,
      status,
      expiresAt: held ? before.expiresAt : null,
      rescheduledFromId: before.id,
      now,
    });
    await appendHistory(t, { appointmentId: created.id, action: 'reschedule', from: null, to: status, reason });
    if (held && before.expiresAt) await scheduleHoldExpiry(t, created.id, before.expiresAt);
    const [linked] = await t.tx
      .update(appointments)
      .set({ rescheduledToId: created.id })
      .where(and(eq(appointments.workspaceId, moved.workspaceId), eq(appointments.id, moved.id)))
      .returning();
    await publishMove(t, 'reschedule', linked as AppointmentRow, before.status, {
      new_appointment_id: created.id,
      new_starts_at: created.startsAt.toISOString(),
      new_ends_at: created.endsAt.toISOString(),
    });
    return toAppointment(created);
  });
}
