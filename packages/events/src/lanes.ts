import type { DatabaseHandle, Tx } from '@nexova/db';
import { applyItems, type BatchItem, type Outcome } from './apply-batch';
import type { RetryPolicy } from './backoff';
import { type ConsumerDefinition, partitionOf } from './consumer';
import { eachAtMost } from './each-at-most';
import { noteError } from './processing';
import { retryTransient } from './transient';

export type LaneOptions = {
  retry: RetryPolicy;
  /** Partitions handled at once, each in its own transaction (EVENTS_LANES). */
  lanes: number;
  onTransient?: (error: unknown) => void;
};

/**
 * Handles one batch of the embedded transport for a consumer that names a partition (the checkout
 * saga: the order), on PostgreSQL: the batch's transaction `tx` holds the checkpoint row and read the
 * events; each partition's events are handled in a transaction of their own — inbox marks and
 * effects commit together, as in one transaction — up to `lanes` at once. So one order's saga step no
 * longer waits for the steps of every other order read in the same batch, one after the other.
 *
 * The checkpoint moves in `tx` after every lane has committed. A crash in between leaves the
 * committed lanes' events in the inbox: read again, they are skipped, so each is handled once. A lane
 * that throws (its transaction rolled back) makes the whole batch throw: `tx` rolls back and the
 * batch is read again. A failing handler is the lane's own business: its events get their retry or
 * dead letter in the lane's transaction, and the error is noted on the checkpoint row here, by the
 * transaction that holds it (a lane writing it would wait for `tx`, which waits for the lane).
 * A batch of one partition is handled in `tx` itself, as before.
 */
export async function applyInLanes(
  database: DatabaseHandle,
  tx: Tx,
  consumer: ConsumerDefinition,
  items: BatchItem[],
  blocked: Set<string>,
  options: LaneOptions,
  countTransient: boolean,
): Promise<Outcome[]> {
  const parts = new Map<string, BatchItem[]>();
  for (const item of items) {
    const key = partitionOf(consumer, item.event);
    const part = parts.get(key);
    if (part) part.push(item);
    else parts.set(key, [item]);
  }
  if (parts.size <= 1)
    return applyItems(database, tx, consumer, items, blocked, { retry: options.retry, countTransient });
  const outcomes: Outcome[] = [];
  const lane = (part: BatchItem[]) => (last: boolean) =>
    database.db.transaction((own: Tx) =>
      applyItems(database, own, consumer, part, new Set(blocked), {
        retry: options.retry,
        countTransient: last,
        noteOnCheckpoint: false,
      }),
    );
  await eachAtMost(
    options.lanes,
    [...parts.values()],
    async (part) => {
      outcomes.push(...(await retryTransient(lane(part), { onRetry: options.onTransient })));
    },
    () => true,
  );
  const failure = outcomes.findLast((o) => o.error !== undefined);
  if (failure?.error) await noteError(tx, consumer.name, failure.error);
  return outcomes;
}
