import { type AppContext, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertExpectedVersion, ConflictError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { QueueEntry } from '../contracts/queue';
import { mustLoadAppointment } from '../db/appointment-store';
import { queueEntries } from '../db/queue-schema';
import { mustLockEntry, type QueueEntryRow, updateEntry, viewEntry } from '../db/queue-store';
import { type AppointmentStatus, nextStatus } from '../domain/appointment-status';
import { QUEUE_TRANSITIONS, type QueueAction, type QueueStatus, queueActionsFrom } from '../domain/queue';
import { illegalMove } from './move-appointment';
import { publishQueue } from './queue-events';
import { writeMove } from './write-move';

export type MoveQueueEntryInput = {
  entryId: string;
  action: Exclude<QueueAction, 'call'> | 'call';
  /** For `remove`: left (went away) or no_show (called and never came). */
  outcome?: 'left' | 'no_show';
  expectedVersion?: number;
};

const illegalQueueMove = (row: QueueEntryRow, action: string) =>
  new ConflictError(`Queue entry ${row.id} is ${row.status}; it cannot ${action}.`, {
    code: 'queue_status_conflict',
    extensions: { current_status: row.status, action, allowed_actions: queueActionsFrom(row.status as QueueStatus) },
  });

/**
 * Locks an entry for a move. An entry of an appointment locks the appointment first, the order
 * the appointment's own moves use (they lock it, then its entry), so the two never deadlock.
 */
export async function lockEntryForMove(t: TxContext, entryId: string) {
  const [peek] = await t.tx
    .select({ appointmentId: queueEntries.appointmentId })
    .from(queueEntries)
    .where(and(eq(queueEntries.workspaceId, workspaceOf(t)), eq(queueEntries.id, entryId)));
  const appointment = peek?.appointmentId ? await mustLoadAppointment(t, peek.appointmentId, true) : null;
  return { entry: await mustLockEntry(t, entryId), appointment };
}

const FACT = { call: 'called', start: 'started', finish: 'finished', remove: 'left' } as const;
/** What a queue move does to the appointment behind the entry (none for a call). */
const LINKED = { start: 'start', finish: 'complete', remove: 'cancel' } as const;

/** Writes a legal queue move (the caller holds the locks): stamps, version, event, linked appointment. */
export async function applyQueueMove(
  t: TxContext,
  locked: Awaited<ReturnType<typeof lockEntryForMove>>,
  action: QueueAction,
  outcome: 'left' | 'no_show' = 'left',
): Promise<QueueEntryRow> {
  const { entry, appointment } = locked;
  const rule = QUEUE_TRANSITIONS[action];
  if (!(rule.from as readonly string[]).includes(entry.status)) throw illegalQueueMove(entry, action);
  const now = new Date();
  const to: QueueStatus = action === 'remove' ? outcome : rule.to;
  const stamp = action === 'call' ? { calledAt: now } : action === 'start' ? { startedAt: now } : { finishedAt: now };
  const after = await updateEntry(t, entry, { status: to, ...stamp });
  if (appointment && action !== 'call') {
    const move = LINKED[action];
    const target = nextStatus(appointment.status as AppointmentStatus, move);
    if (!target) throw illegalMove(appointment, move);
    const reason = action === 'remove' ? `reception queue: ${outcome}` : null;
    await writeMove(t, appointment, {
      action: move,
      to: target,
      reason,
      patch: move === 'cancel' ? { cancelReason: reason, canceledBy: `${t.actor.type}:${t.actor.id ?? ''}` } : {},
      extra: move === 'cancel' ? { reason, canceled_by: `${t.actor.type}:${t.actor.id ?? ''}` } : {},
    });
  }
  await publishQueue(t, FACT[action], after, entry.status);
  return after;
}

// Calls, starts, finishes or removes one queue entry; 409 `queue_status_conflict` listing the
// allowed actions when its status does not allow it, 412 on a stale If-Match. An entry of a
// checked-in appointment moves the appointment with it (start → in_service, finish → completed,
// remove → canceled with the reason), in the same transaction.
export async function moveQueueEntry({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: MoveQueueEntryInput;
}): Promise<QueueEntry> {
  return withTransaction(ctx, async (t) => {
    const locked = await lockEntryForMove(t, input.entryId);
    assertExpectedVersion(locked.entry.version, input.expectedVersion, `Queue entry ${locked.entry.id}`);
    const after = await applyQueueMove(t, locked, input.action, input.outcome);
    return viewEntry(t, after);
  });
}
