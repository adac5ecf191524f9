import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import type { QueueEntry } from '../contracts/queue';
import { mustLoadAppointment } from '../db/appointment-store';
import { lockNextWaiting, viewEntry } from '../db/queue-store';
import { localDay, queueOf } from './join-queue';
import { applyQueueMove } from './move-queue-entry';

export type CallNextInput = { professionalId?: string | null; resourceId?: string | null; day?: string };

// Calls the first waiting entry of today's queue of a professional, a room or the front desk. The
// row is taken with SKIP LOCKED, so receptionists calling at once call different patients; 409
// `queue_empty` when nobody is waiting (or every waiting row is being called right now).
export async function callNext({ ctx, input }: { ctx: AppContext; input: CallNextInput }): Promise<QueueEntry> {
  return withTransaction(ctx, async (t) => {
    const key = queueOf(input, input.day ?? (await localDay(t, new Date())));
    const entry = await lockNextWaiting(t, key);
    if (!entry) throw new ConflictError('Nobody is waiting in this queue.', { code: 'queue_empty' });
    // A call does not move the appointment; it is read only to keep applyQueueMove's shape.
    const appointment = entry.appointmentId ? await mustLoadAppointment(t, entry.appointmentId) : null;
    const after = await applyQueueMove(t, { entry, appointment }, 'call');
    return viewEntry(t, after);
  });
}
