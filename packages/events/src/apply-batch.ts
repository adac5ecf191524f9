import { type DatabaseHandle, enterWorkspace, queryRows, type Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';
import type { RetryPolicy } from './backoff';
import type { ConsumerDefinition } from './consumer';
import type { EventEnvelope } from './envelope';
import { aggregateKey } from './log-row';
import { applyOnce, handlerContext, type LogPointer, queueBehind, recordFailure } from './processing';
import { errorText, isTransient } from './transient';

export type BatchItem = { event: EventEnvelope; pointer: LogPointer };

/**
 * What became of one delivered event (metrics and alerts are recorded from these once the
 * transaction commits); a dead letter carries its event and the error that ended it.
 */
export type Outcome = {
  outcome: 'applied' | 'skipped' | 'failed' | 'dead';
  ms: number;
  event?: EventEnvelope;
  error?: string;
  /** The dead letter's id (what `nexova events dlq replay` takes). */
  letter?: string;
};

/** The aggregates (of `keys`) that have an event of this consumer waiting for a retry. */
export async function blockedAggregates(tx: Tx, consumer: ConsumerDefinition, keys: string[]): Promise<Set<string>> {
  const blocked = new Set<string>();
  if (keys.length === 0) return blocked;
  const waiting = await queryRows<{ aggregate_key: string }>(
    tx,
    sql`select distinct aggregate_key from events.retries where consumer = ${consumer.name}
        and aggregate_key in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )})`,
  );
  for (const w of waiting) blocked.add(w.aggregate_key);
  return blocked;
}

/**
 * Applies a batch: one inbox insert for every event not already marked, then each handler in log
 * order (events of blocked aggregates are queued behind their head). By default it all runs in one
 * savepoint of `tx`, so a throwing handler leaves nothing behind and the caller may go on in `tx`.
 * Given `marked` (the caller inserted the inbox marks itself), it runs in `tx` itself — three
 * statements fewer — and a throwing handler leaves `tx` unusable: the caller must roll it back
 * (consumeBatch redoes the batch event by event in a new transaction). Returns each applied
 * handler's duration (ms).
 */
export async function applyBatch(
  database: Pick<DatabaseHandle, 'db'>,
  tx: Tx,
  consumer: ConsumerDefinition,
  items: BatchItem[],
  blocked: Set<string>,
  /** Without a savepoint: the events the caller has just marked in the inbox (the fresh ones). */
  marked?: Set<string>,
): Promise<number[]> {
  if (items.length === 0) return [];
  const apply = async (sp: Tx) => {
    const open = items.filter((i) => !blocked.has(aggregateKey(i.event)));
    const fresh = marked ?? new Set<string>();
    if (!marked && open.length > 0) {
      const marked = await queryRows<{ event_id: string }>(
        sp,
        sql`insert into events.inbox (consumer, event_id)
            select ${consumer.name}, e::uuid from unnest(${`{${open.map((i) => i.event.id).join(',')}}`}::text[]) as e
            on conflict do nothing returning event_id`,
      );
      for (const m of marked) fresh.add(m.event_id);
    }
    return runItems(database, sp, consumer, items, blocked, fresh);
  };
  return marked ? apply(tx) : tx.transaction((sp) => apply(sp as unknown as Tx));
}

/**
 * Runs the handlers of a batch in `tx`, in log order: events of `blocked` aggregates are queued
 * behind their aggregate's head, events not in `fresh` (already in the inbox: a redelivery) are
 * skipped, and so is an event's second copy. Returns each applied handler's duration (ms). A throwing
 * handler leaves `tx` to the caller.
 */
export async function runItems(
  database: Pick<DatabaseHandle, 'db'>,
  tx: Tx,
  consumer: ConsumerDefinition,
  items: BatchItem[],
  blocked: Set<string>,
  fresh: Set<string>,
): Promise<number[]> {
  const durations: number[] = [];
  const done = new Set<string>();
  let workspace: string | null | undefined;
  // With handleBatch, the runnable events of one workspace gather here and are handled together
  // when the workspace changes or the batch ends (an event queued behind its aggregate's head is
  // not one of them, so the order of the handled ones is the log's).
  let run: EventEnvelope[] = [];
  const flush = async () => {
    if (run.length === 0 || !consumer.handleBatch) return;
    const events = run;
    run = [];
    const started = performance.now();
    const ctx = handlerContext(database, consumer, events[0] as EventEnvelope, tx);
    await consumer.handleBatch({ ctx, events, tx });
    const each = (performance.now() - started) / events.length;
    for (const _ of events) durations.push(each);
  };
  for (const { event, pointer } of items) {
    if (blocked.has(aggregateKey(event))) {
      await queueBehind(tx, consumer, event, pointer);
      continue;
    }
    // Not fresh: in the inbox already. Done: the same event twice in one batch (a NATS redelivery
    // fetched while the first delivery was still waiting its turn) runs once.
    if (!fresh.has(event.id) || done.has(event.id)) continue;
    done.add(event.id);
    if (event.workspace_id !== workspace) {
      await flush();
      workspace = event.workspace_id;
      await enterWorkspace(tx, workspace ?? null);
    }
    if (consumer.handleBatch) {
      run.push(event);
      continue;
    }
    const started = performance.now();
    await consumer.handle({ ctx: handlerContext(database, consumer, event, tx), event, tx });
    durations.push(performance.now() - started);
  }
  await flush();
  return durations;
}

/** How applyItems treats failures: the retry policy, and whether a deadlock counts as an attempt. */
export type FailurePolicy = {
  retry: RetryPolicy;
  /**
   * False (every try but the last of retryTransient): a deadlock or serialization failure is thrown,
   * so the caller rolls the whole transaction back (releasing every lock it holds) and runs it again.
   * True: it is recorded as a failed attempt like any other error.
   */
  countTransient: boolean;
  /** False: another transaction holds the checkpoint row, so a failure does not note itself on it (recordFailure). */
  noteOnCheckpoint?: boolean;
};

/**
 * Handles delivered events inside `tx`, the same way on every transport. Fast path: the whole batch
 * in one savepoint (applyBatch). If a handler throws, that savepoint rolls back and the batch is
 * redone event by event (applyEach). A transient failure (deadlock) is thrown instead unless
 * `policy.countTransient`.
 */
export async function applyItems(
  database: Pick<DatabaseHandle, 'db'>,
  tx: Tx,
  consumer: ConsumerDefinition,
  items: BatchItem[],
  blocked: Set<string>,
  policy: FailurePolicy,
): Promise<Outcome[]> {
  const fast = await applyBatch(database, tx, consumer, items, blocked).catch((error) => {
    if (!policy.countTransient && isTransient(error)) throw error;
    return null;
  });
  if (fast) return fast.map((ms) => ({ outcome: 'applied', ms }));
  return applyEach(database, tx, consumer, items, blocked, policy);
}

/**
 * The slow path: each event in its own savepoint; a failure schedules a retry (or dead-letters)
 * and holds the later events of its aggregate behind it. `blocked` grows with the failed aggregates.
 */
export async function applyEach(
  database: Pick<DatabaseHandle, 'db'>,
  tx: Tx,
  consumer: ConsumerDefinition,
  items: BatchItem[],
  blocked: Set<string>,
  policy: FailurePolicy,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const { event, pointer } of items) {
    const key = aggregateKey(event);
    if (blocked.has(key)) {
      await queueBehind(tx, consumer, event, pointer);
      continue;
    }
    const started = performance.now();
    try {
      const did = await applyOnce(database.db, tx, consumer, event);
      outcomes.push({ outcome: did ? 'applied' : 'skipped', ms: performance.now() - started });
    } catch (error) {
      if (!policy.countTransient && isTransient(error)) throw error;
      blocked.add(key);
      const letter = await recordFailure(
        tx,
        consumer,
        event,
        pointer,
        1,
        [],
        error,
        policy.retry,
        policy.noteOnCheckpoint,
      );
      const text = errorText(error);
      outcomes.push(
        letter ? { outcome: 'dead', ms: 0, event, error: text, letter } : { outcome: 'failed', ms: 0, error: text },
      );
    }
  }
  return outcomes;
}

/** How many of the outcomes are applied events. */
export const appliedCount = (outcomes: Outcome[]) => outcomes.filter((o) => o.outcome === 'applied').length;
