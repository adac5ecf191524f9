import type { TxContext } from '@nexova/db';
import { and, eq } from 'drizzle-orm';
import { type AppointmentRow, appendHistory } from '../db/appointment-store';
import { appointments } from '../db/schema';
import type { AppointmentAction, AppointmentStatus } from '../domain/appointment-status';
import { publishMove } from './appointment-events';
import { cancelHoldExpiry } from './hold-expiry';

export type MovePatch = Partial<
  Pick<AppointmentRow, 'patientId' | 'notes' | 'cancelReason' | 'canceledBy' | 'rescheduledToId'>
>;

// Private: writes a legal move (the caller holds the row lock and checked the table): the status,
// version + 1, the history entry and the event, and closes the hold timer when a hold ends.
export async function writeMove(
  t: TxContext,
  before: AppointmentRow,
  move: {
    action: AppointmentAction;
    to: AppointmentStatus;
    reason: string | null;
    patch?: MovePatch;
    /** Event fields beyond the appointment's; `false` when the caller publishes it itself. */
    extra?: Record<string, unknown> | false;
  },
): Promise<AppointmentRow> {
  const [after] = await t.tx
    .update(appointments)
    .set({
      status: move.to,
      version: before.version + 1,
      updatedAt: new Date(),
      // Once a hold ends (booked, released, expired, moved) it has no TTL.
      expiresAt: before.status === 'held' ? null : before.expiresAt,
      ...move.patch,
    })
    .where(and(eq(appointments.workspaceId, before.workspaceId), eq(appointments.id, before.id)))
    .returning();
  const row = after as AppointmentRow;
  if (before.status === 'held' && move.action !== 'expire') await cancelHoldExpiry(t, before.id);
  await appendHistory(t, {
    appointmentId: before.id,
    action: move.action,
    from: before.status,
    to: move.to,
    reason: move.reason,
  });
  if (move.extra !== false) await publishMove(t, move.action, row, before.status, move.extra);
  return row;
}
