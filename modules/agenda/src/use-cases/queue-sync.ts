import type { TxContext } from '@nexova/db';
import type { AppointmentRow } from '../db/appointment-store';
import { lockEntryOfAppointment, updateEntry } from '../db/queue-store';
import type { AppointmentAction } from '../domain/appointment-status';
import { LIVE_QUEUE_STATUSES, type QueueStatus } from '../domain/queue';
import { enqueueAppointment } from './join-queue';
import { publishQueue } from './queue-events';

// Private: keeps the reception queue in step with an appointment moved through its own routes, in
// the move's transaction (the appointment row is already locked, then its entry: the queue's
// moves lock in the same order). Check-in enqueues; start, complete and cancel move the entry.

const FOLLOW = {
  start: { to: 'in_service', fact: 'started', stamp: 'startedAt' },
  complete: { to: 'done', fact: 'finished', stamp: 'finishedAt' },
  cancel: { to: 'left', fact: 'left', stamp: 'finishedAt' },
} as const;

export async function syncQueue(t: TxContext, action: AppointmentAction, appointment: AppointmentRow) {
  if (action === 'check_in') return enqueueAppointment(t, appointment);
  if (!(action in FOLLOW)) return;
  const follow = FOLLOW[action as keyof typeof FOLLOW];
  const entry = await lockEntryOfAppointment(t, appointment.id);
  if (!entry || !LIVE_QUEUE_STATUSES.includes(entry.status as QueueStatus) || entry.status === follow.to) return;
  const after = await updateEntry(t, entry, { status: follow.to, [follow.stamp]: new Date() });
  await publishQueue(t, follow.fact, after, entry.status);
}
