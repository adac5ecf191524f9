import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError, newId } from '@nexova/kernel';
import { and, asc, count, eq, isNull, type SQL } from 'drizzle-orm';
import type { QueueEntry, QueueKind } from '../contracts/queue';
import { type QueueStatus, queueActionsFrom, queueEstimates } from '../domain/queue';
import { queueEntries } from './queue-schema';

export type QueueEntryRow = typeof queueEntries.$inferSelect;
export type QueueKey = { kind: QueueKind; ownerId: string | null; day: string };

const ofQueue = (key: QueueKey): SQL | undefined =>
  and(
    eq(queueEntries.queueKind, key.kind),
    key.ownerId ? eq(queueEntries.queueOwnerId, key.ownerId) : isNull(queueEntries.queueOwnerId),
    eq(queueEntries.day, key.day),
  );

export const keyOf = (r: QueueEntryRow): QueueKey => ({
  kind: r.queueKind as QueueKind,
  ownerId: r.queueOwnerId,
  day: r.day,
});

export const toQueueEntry = (
  r: QueueEntryRow,
  estimate: { position: number | null; estimatedWaitMinutes: number | null },
): QueueEntry => ({
  id: r.id,
  queue_kind: r.queueKind as QueueKind,
  queue_owner_id: r.queueOwnerId,
  day: r.day,
  status: r.status as QueueStatus,
  position: estimate.position,
  estimated_wait_minutes: estimate.estimatedWaitMinutes,
  appointment_id: r.appointmentId,
  patient_id: r.patientId,
  name: r.name,
  service_id: r.serviceId,
  professional_id: r.professionalId,
  resource_id: r.resourceId,
  duration_minutes: r.durationMinutes,
  notes: r.notes,
  allowed_actions: queueActionsFrom(r.status as QueueStatus),
  joined_at: r.joinedAt.toISOString(),
  called_at: r.calledAt?.toISOString() ?? null,
  started_at: r.startedAt?.toISOString() ?? null,
  finished_at: r.finishedAt?.toISOString() ?? null,
  version: r.version,
});

/** Every entry of one queue in join order (ids are UUIDv7), with positions and estimates as of `now`. */
export async function queueLines(t: TxContext, key: QueueKey, now: Date): Promise<QueueEntry[]> {
  const rows = await t.tx
    .select()
    .from(queueEntries)
    .where(and(eq(queueEntries.workspaceId, workspaceOf(t)), ofQueue(key)))
    .orderBy(asc(queueEntries.id));
  const estimates = queueEstimates(
    rows.map((r) => ({ status: r.status as QueueStatus, durationMinutes: r.durationMinutes, startedAt: r.startedAt })),
    now,
  );
  return rows.map((r, i) => toQueueEntry(r, estimates[i] ?? { position: null, estimatedWaitMinutes: null }));
}

/** One entry as the API shows it (its position and estimate need the whole queue). */
export async function viewEntry(t: TxContext, row: QueueEntryRow, now = new Date()): Promise<QueueEntry> {
  const lines = await queueLines(t, keyOf(row), now);
  return lines.find((l) => l.id === row.id) ?? toQueueEntry(row, { position: null, estimatedWaitMinutes: null });
}

export const queueSize = async (t: TxContext, key: QueueKey) =>
  Number(
    (
      await t.tx
        .select({ n: count() })
        .from(queueEntries)
        .where(and(eq(queueEntries.workspaceId, workspaceOf(t)), ofQueue(key)))
    )[0]?.n ?? 0,
  );

export async function insertEntry(
  t: TxContext,
  key: QueueKey,
  values: Pick<
    QueueEntryRow,
    'appointmentId' | 'patientId' | 'name' | 'serviceId' | 'professionalId' | 'resourceId' | 'durationMinutes' | 'notes'
  >,
): Promise<QueueEntryRow> {
  const [row] = await t.tx
    .insert(queueEntries)
    .values({
      id: newId(),
      workspaceId: workspaceOf(t),
      queueKind: key.kind,
      queueOwnerId: key.ownerId,
      day: key.day,
      status: 'waiting',
      joinedAt: new Date(),
      ...values,
    })
    .returning();
  return row as QueueEntryRow;
}

/** An entry by id, row-locked, or 404 `queue_entry_not_found`. */
export async function mustLockEntry(t: TxContext, id: string): Promise<QueueEntryRow> {
  const [row] = await t.tx
    .select()
    .from(queueEntries)
    .where(and(eq(queueEntries.workspaceId, workspaceOf(t)), eq(queueEntries.id, id)))
    .for('update');
  if (!row) throw new NotFoundError('The queue entry was not found.', { code: 'queue_entry_not_found' });
  return row;
}

/** The live entry of an appointment, row-locked, if it is in a queue. */
export async function lockEntryOfAppointment(t: TxContext, appointmentId: string) {
  const [row] = await t.tx
    .select()
    .from(queueEntries)
    .where(and(eq(queueEntries.workspaceId, workspaceOf(t)), eq(queueEntries.appointmentId, appointmentId)))
    .for('update');
  return row;
}

/**
 * The first waiting entry of a queue, row-locked with SKIP LOCKED: two receptionists calling
 * "next" at once each lock a different row, so they call two different patients (and neither waits
 * on the other's transaction).
 */
export async function lockNextWaiting(t: TxContext, key: QueueKey): Promise<QueueEntryRow | undefined> {
  const [row] = await t.tx
    .select()
    .from(queueEntries)
    .where(and(eq(queueEntries.workspaceId, workspaceOf(t)), ofQueue(key), eq(queueEntries.status, 'waiting')))
    .orderBy(asc(queueEntries.id))
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

export async function updateEntry(t: TxContext, before: QueueEntryRow, patch: Partial<QueueEntryRow>) {
  const [row] = await t.tx
    .update(queueEntries)
    .set({ ...patch, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(queueEntries.workspaceId, before.workspaceId), eq(queueEntries.id, before.id)))
    .returning();
  return row as QueueEntryRow;
}
