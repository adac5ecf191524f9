import type { JsMsg } from '@nats-io/jetstream';
import type { DatabaseHandle, Tx } from '@nexova/db';
import { appliedCount, applyItems, type BatchItem, blockedAggregates, type Outcome } from './apply-batch';
import type { RetryPolicy } from './backoff';
import { advanceCheckpoint, type LogPosition, laterPosition } from './checkpoint';
import { type ConsumerDefinition, handles } from './consumer';
import type { EventEnvelope } from './envelope';
import { aggregateKey } from './log-row';
import { type EventMetrics, recordOutcomes } from './metrics';

export type GroupOptions = {
  database: DatabaseHandle;
  retry: RetryPolicy;
  metrics: EventMetrics | undefined;
};

/** The outbox position the relay stamped on a message (its headers). */
const pointerOf = (msg: JsMsg): LogPosition => ({
  position: msg.headers?.get('Nexova-Position') || '0',
  txid: msg.headers?.get('Nexova-Txid') || '0',
});

/**
 * Handles the messages that have arrived together in one transaction (the same batch processing as
 * the embedded transport: inbox marks, savepoints, retries behind a failed aggregate), moves the
 * consumer's checkpoint, then acknowledges them. Throws when the transaction did not commit, and
 * acknowledges nothing: the caller naks them.
 */
export async function handleGroup(options: GroupOptions, consumer: ConsumerDefinition, group: JsMsg[]): Promise<void> {
  let outcomes: Outcome[] = [];
  await options.database.db.transaction(async (tx: Tx) => {
    let top: LogPosition | null = null;
    const items: BatchItem[] = [];
    for (const msg of group) {
      const event = msg.json<EventEnvelope>();
      // A durable filtering on a whole domain also receives events this consumer does not take.
      if (!handles(consumer, event.type, event.version)) continue;
      const pointer = pointerOf(msg);
      top = laterPosition(top, pointer);
      items.push({ event, pointer });
    }
    const blocked = await blockedAggregates(tx, consumer, [...new Set(items.map((i) => aggregateKey(i.event)))]);
    outcomes = await applyItems(options.database, tx, consumer, items, blocked, options.retry);
    if (!top) return;
    await advanceCheckpoint(tx, consumer.name, top, appliedCount(outcomes));
  });
  for (const msg of group) {
    try {
      msg.ack(); // committed: an ack lost with the connection only means a redelivery the inbox skips
    } catch {
      // connection gone; JetStream redelivers after ack_wait
    }
  }
  recordOutcomes(options.metrics, { consumer: consumer.name, transport: 'nats' }, outcomes);
}
