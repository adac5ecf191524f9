import type { JsMsg } from '@nats-io/jetstream';
import { type DatabaseHandle, DEFER, type Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { appliedCount, runItems } from './apply-batch';
import { applyPart, markOpen } from './apply-part';
import type { RetryPolicy } from './backoff';
import { advanceCheckpoint, type LogPosition, laterPosition } from './checkpoint';
import { reportOutcomes, type StepOptions } from './consume-batch';
import { type ConsumerDefinition, handles, partitionOf } from './consumer';
import type { EventEnvelope } from './envelope';
import type { Handled, Held, Settle } from './nats-dispatch';
import { retryTransient } from './transient';

export type GroupOptions = {
  database: DatabaseHandle;
  retry: RetryPolicy;
  /**
   * How long a transaction of several partitions waits for a row lock before it gives up and they
   * run in transactions of their own (NATS_GROUP_LOCK_WAIT_MS). 0: always one per partition.
   */
  lockWaitMs: number;
  /** Metrics and alerts for the consumer's outcomes (outcomeHooks). */
  hooks(consumer: ConsumerDefinition): Omit<StepOptions, 'batchSize' | 'retry'>;
};

/** The outbox position the relay stamped on a message (its headers). */
const pointerOf = (msg: JsMsg): LogPosition => ({
  position: msg.headers?.get('Nexova-Position') || '0',
  txid: msg.headers?.get('Nexova-Txid') || '0',
});

const ack = (msgs: JsMsg[]) => {
  for (const msg of msgs) {
    try {
      msg.ack(); // committed: an ack lost with the connection only means a redelivery the inbox skips
    } catch {
      // connection gone; JetStream redelivers after ack_wait
    }
  }
};

/**
 * The partition a fetched message belongs to, or null when this consumer does not take its event (a
 * durable filtering on a whole domain also receives the domain's other events): it is acknowledged
 * at once, unhandled.
 */
export function partitionKey(consumer: ConsumerDefinition, msg: JsMsg): { event: EventEnvelope; key: string } | null {
  const event = msg.json<EventEnvelope>();
  if (handles(consumer, event.type, event.version)) return { event, key: partitionOf(consumer, event) };
  ack([msg]);
  return null;
}

/**
 * Handles one partition's messages (the dispatcher's unit: one aggregate, or the consumer's own
 * partition — the checkout saga's is the order) in ONE TRANSACTION of their own — inbox marks,
 * handlers or the retry queue — and acknowledges them once it has committed. A partition's events
 * stay in order: they are one transaction, and the dispatcher runs one at a time per partition.
 *
 * Why per partition (and not the whole fetch in one transaction): two workers each handling a batch
 * in one transaction accumulated the row locks of all its events in arrival order — worker A locking
 * the stock of order X then of order Y, worker B the other way round — and deadlocked (40P01), which
 * sent checkout events to the dead-letter table. A transaction holds the locks of one partition's
 * events only, and each handler takes its own locks in a fixed order (inventory locks stock rows in
 * variant-id order), so no cycle can form between two workers' transactions through event handling.
 * What remains (an API request locking in another order) is rolled back and run again by
 * retryTransient without counting an attempt. Throws when the transaction did not commit: the
 * dispatcher naks the messages.
 */
export async function handlePart(options: GroupOptions, consumer: ConsumerDefinition, held: Held[]): Promise<Handled> {
  const msgs = held.map((h) => h.msg);
  const { top, items } = itemsOf(held);
  const hooks = options.hooks(consumer);
  const outcomes = await retryTransient(
    (last) =>
      options.database.db.transaction((tx: Tx) =>
        applyPart(options.database, tx, consumer, items, { retry: options.retry, countTransient: last }),
      ),
    { onRetry: (error: unknown) => hooks.onTransient?.(error) },
  );
  ack(msgs);
  reportOutcomes({ batchSize: 0, retry: options.retry, ...hooks }, outcomes);
  return { top, applied: appliedCount(outcomes) };
}

/**
 * Handles the partitions the dispatcher took together. Several of them go first into ONE
 * transaction — a savepoint-free markOpen and their handlers, two round trips with the commit, as an
 * embedded batch — which may wait at most `lockWaitMs` for any row lock (lock_timeout). If that
 * transaction fails for ANY reason (a lock it would have waited for, a deadlock, a handler's error)
 * it is rolled back whole, nothing counted, and each partition runs in a transaction of its own
 * (handlePart: retries, dead letters and lock waits as usual).
 *
 * Why the lock wait bounds it: the reason for a transaction per partition (handlePart) is that two
 * workers' many-partition transactions took their row locks in opposite orders and deadlocked. A
 * grouped transaction never waits long for a lock, so when it meets another transaction's lock it
 * steps aside within lockWaitMs, well before PostgreSQL's deadlock check (deadlock_timeout, 1 s),
 * and the locks it held are released; it costs its work, redone per partition. Events nobody
 * contends for (read models, notifications, this package's bench) cost a transaction per batch
 * instead of one per aggregate: on NATS they had cost ~3 statements per aggregate (issue 11).
 */
export async function handleParts(
  options: GroupOptions,
  consumer: ConsumerDefinition,
  parts: Held[][],
  settled: Settle,
): Promise<Handled> {
  if (parts.length > 1 && options.lockWaitMs > 0) {
    const all = parts.flat();
    const together = await inOneTransaction(options, consumer, all).catch(() => null);
    if (together) {
      const msgs = all.map((h) => h.msg);
      ack(msgs);
      settled(msgs);
      return together;
    }
  }
  let top: LogPosition | null = null;
  let applied = 0;
  for (const part of parts) {
    const done = await handlePart(options, consumer, part);
    settled(part.map((h) => h.msg));
    if (done.top) top = laterPosition(top, done.top);
    applied += done.applied;
  }
  return { top, applied };
}

/** The partitions' events in one transaction that waits at most lockWaitMs for a lock; throws on any failure. */
async function inOneTransaction(options: GroupOptions, consumer: ConsumerDefinition, held: Held[]): Promise<Handled> {
  const { top, items } = itemsOf(held);
  const durations = await options.database.db.transaction(async (tx: Tx) => {
    // DEFER: rides in front of markOpen (no round trip of its own); LOCAL: ends with the transaction.
    await tx.execute(sql.raw(`${DEFER}set local lock_timeout = ${Math.floor(options.lockWaitMs)}`));
    const { blocked, fresh } = await markOpen(tx, consumer, items);
    return runItems(options.database, tx, consumer, items, blocked, fresh);
  });
  const hooks = options.hooks(consumer);
  reportOutcomes(
    { batchSize: 0, retry: options.retry, ...hooks },
    durations.map((ms) => ({ outcome: 'applied', ms })),
  );
  return { top, applied: durations.length };
}

/** The events of held messages with their log positions, and the furthest position among them. */
function itemsOf(held: Held[]) {
  let top: LogPosition | null = null;
  const items = held.map(({ msg, event }) => {
    const pointer = pointerOf(msg);
    top = laterPosition(top, pointer);
    return { event, pointer };
  });
  return { top: top as LogPosition | null, items };
}

/**
 * Moves the consumer's checkpoint forward to `top`. The checkpoint is bookkeeping on this transport
 * (status, lag; the inbox and the acks carry delivery): moved by the dispatcher now and then, outside
 * the partitions' transactions, so that they do not all queue on its row lock while holding their own.
 */
export function moveCheckpointTo(
  options: GroupOptions,
  consumer: ConsumerDefinition,
  top: LogPosition,
  applied: number,
): Promise<void> {
  const hooks = options.hooks(consumer);
  return retryTransient(
    () => options.database.db.transaction((tx: Tx) => advanceCheckpoint(tx, consumer.name, top, applied)),
    { onRetry: (error: unknown) => hooks.onTransient?.(error) },
  );
}
