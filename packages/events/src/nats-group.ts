import type { JsMsg } from '@nats-io/jetstream';
import type { DatabaseHandle, Tx } from '@nexova/db';
import { appliedCount, applyItems, type BatchItem, blockedAggregates, type Outcome } from './apply-batch';
import type { RetryPolicy } from './backoff';
import { advanceCheckpoint, type LogPosition, laterPosition } from './checkpoint';
import { reportOutcomes, type StepOptions } from './consume-batch';
import { type ConsumerDefinition, handles, partitionOf } from './consumer';
import { eachAtMost } from './each-at-most';
import type { EventEnvelope } from './envelope';
import { aggregateKey } from './log-row';
import { retryTransient } from './transient';

export type GroupOptions = {
  database: DatabaseHandle;
  retry: RetryPolicy;
  /** Aggregates of one group handled at once (each in its own transaction, so each holds a connection). */
  concurrency: number;
  /** Metrics and alerts for the consumer's outcomes (outcomeHooks). */
  hooks(consumer: ConsumerDefinition): Omit<StepOptions, 'batchSize' | 'retry'>;
};

/** What the pull loop lets a group know: whether to go on, and which messages it has settled. */
export type GroupControl = {
  /** False once the transport is stopping: aggregates not started yet are left to the caller to nak. */
  running(): boolean;
  /** The messages were acknowledged (their effects committed, or they were not for this consumer). */
  settled(msgs: JsMsg[]): void;
};

/** The outbox position the relay stamped on a message (its headers). */
const pointerOf = (msg: JsMsg): LogPosition => ({
  position: msg.headers?.get('Nexova-Position') || '0',
  txid: msg.headers?.get('Nexova-Txid') || '0',
});

type Part = { key: string; items: BatchItem[]; msgs: JsMsg[]; top: LogPosition | null };

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
 * Handles the messages that have arrived together, ONE TRANSACTION PER AGGREGATE (or per partition,
 * when the consumer names one: the checkout saga's is the order) — up to `concurrency` at once,
 * started in order of first arrival — and acknowledges each one's messages once its transaction has
 * committed. An aggregate's events stay in order: they are one transaction. Handling aggregates side by side is what two workers do anyway; it gives back
 * the throughput one transaction per group had (a group of 100 saga steps one after the other took
 * tens of seconds on a loaded machine).
 *
 * Why per aggregate (and not the whole group in one transaction): two workers each handling a group
 * in one transaction accumulated the row locks of all its events in arrival order — worker A locking
 * the stock of order X then of order Y, worker B the other way round — and deadlocked (40P01), which
 * sent checkout events to the dead-letter table. A transaction now holds the locks of one aggregate's
 * events only, and each handler takes its own locks in a fixed order (inventory locks stock rows in
 * variant-id order), so no cycle can form between two workers' transactions through event handling.
 * What remains (an API request locking in another order) is rolled back and run again by
 * retryTransient without counting an attempt. Throws when a transaction did not commit: the messages
 * not yet settled are for the caller to nak.
 */
export async function handleGroup(
  options: GroupOptions,
  consumer: ConsumerDefinition,
  group: JsMsg[],
  control: GroupControl,
): Promise<void> {
  const parts = new Map<string, Part>();
  const foreign: JsMsg[] = [];
  for (const msg of group) {
    const event = msg.json<EventEnvelope>();
    // A durable filtering on a whole domain also receives events this consumer does not take.
    if (!handles(consumer, event.type, event.version)) {
      foreign.push(msg);
      continue;
    }
    const key = partitionOf(consumer, event);
    const part = parts.get(key) ?? { key, items: [], msgs: [], top: null };
    const pointer = pointerOf(msg);
    part.items.push({ event, pointer });
    part.msgs.push(msg);
    part.top = laterPosition(part.top, pointer);
    parts.set(key, part);
  }
  ack(foreign);
  control.settled(foreign);
  const hooks = options.hooks(consumer);
  const onRetry = (error: unknown) => hooks.onTransient?.(error);
  let top: LogPosition | null = null;
  let applied = 0;
  const handlePart = async (part: Part) => {
    const outcomes = await retryTransient((last) => aggregateTransaction(options, consumer, part, last), { onRetry });
    ack(part.msgs);
    control.settled(part.msgs);
    reportOutcomes({ batchSize: 0, retry: options.retry, ...hooks }, outcomes);
    if (part.top) top = laterPosition(top, part.top);
    applied += appliedCount(outcomes);
  };
  try {
    await eachAtMost(options.concurrency, [...parts.values()], handlePart, control.running);
  } finally {
    // The checkpoint is bookkeeping on this transport (status, lag; the inbox and the acks carry
    // delivery): moved once per group, outside the aggregates' transactions, so that the workers'
    // transactions do not all queue on its row lock while holding their own.
    const reached: LogPosition | null = top;
    if (reached) {
      await retryTransient(
        () => options.database.db.transaction((tx: Tx) => advanceCheckpoint(tx, consumer.name, reached, applied)),
        { onRetry },
      );
    }
  }
}

/** One aggregate's events in one transaction: inbox marks, handlers (or the retry queue). */
function aggregateTransaction(
  options: GroupOptions,
  consumer: ConsumerDefinition,
  part: Part,
  countTransient: boolean,
): Promise<Outcome[]> {
  return options.database.db.transaction(async (tx: Tx) => {
    const blocked = await blockedAggregates(tx, consumer, [...new Set(part.items.map((i) => aggregateKey(i.event)))]);
    return applyItems(options.database, tx, consumer, part.items, blocked, {
      retry: options.retry,
      countTransient,
    });
  });
}
