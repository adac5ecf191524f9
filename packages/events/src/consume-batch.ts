import { type DatabaseHandle, inlineParams, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { appliedCount, applyBatch, applyEach, type Outcome } from './apply-batch';
import type { RetryPolicy } from './backoff';
import { moveCheckpoint } from './checkpoint';
import { type ConsumerDefinition, handles } from './consumer';
import { eventKey } from './define-event';
import { deferHorizon } from './horizon';
import { applyInLanes } from './lanes';
import { LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';

const LOG_COLUMNS_O = LOG_COLUMNS.split(',')
  .map((c) => `o.${c.trim()}`)
  .join(', ');

import { isTransient, retryTransient } from './transient';

const typeFilter = (consumer: ConsumerDefinition) =>
  sql.join(
    [...new Set(consumer.events.map((e) => e.type))].map((t) => sql`${t}`),
    sql`, `,
  );

/** Limits of one step, and hooks that see what became of each event (metrics, alerts). */
export type StepOptions = {
  batchSize: number;
  retry: RetryPolicy;
  /**
   * On PostgreSQL, for a consumer that names a partition: partitions of one batch handled at once,
   * each in its own transaction (lanes.ts). 1 or absent: the whole batch in one transaction.
   */
  lanes?: number;
  onApplied?: (ms: number) => void;
  onFailed?: (dead: boolean) => void;
  /** A dead letter was committed (its outcome carries the event and the error). */
  onDeadLetter?: (outcome: Outcome) => void;
  /** A transaction was rolled back by a deadlock/serialization failure and runs again (no attempt counted). */
  onTransient?: (error: unknown) => void;
};

/** Calls the step's hooks for each outcome. */
export function reportOutcomes(options: StepOptions, outcomes: Outcome[]): void {
  for (const o of outcomes) {
    if (o.outcome === 'applied') options.onApplied?.(o.ms);
    else if (o.outcome !== 'skipped') options.onFailed?.(o.outcome === 'dead');
    if (o.outcome === 'dead') options.onDeadLetter?.(o);
  }
}

/** What one step of a consumer found (consumeStep). */
export type StepResult = {
  /** Events of its types read from the log (handled or queued). */
  read: number;
  /** The batch was full: more may be waiting right now. */
  full: boolean;
  /**
   * Events of its types are committed past the log horizon: an older transaction still running
   * holds them back (it may commit nothing, so no wake-up comes) — look again after a short poll.
   */
  heldBack: boolean;
  /** Events whose handler failed (a retry or a dead letter was recorded). */
  failed: number;
};

/** Thrown out of the savepoint-free fast path when a handler fails: the batch runs again event by event. */
class FastPathFailed extends Error {}

/**
 * One step of a consumer on the embedded transport: reads the next batch of the log past its
 * checkpoint — in (txid, position) order and only below this database's oldest running transaction
 * (horizon.ts), so an event whose transaction commits late is never skipped — and handles it in one
 * transaction that also records the inbox marks and the new checkpoint. Returns events handled or
 * queued.
 *
 * Statements of a step with events: BEGIN, the horizon (unless the caller read one just before: the
 * loop's gate does; else deferred, so it rides with the BEGIN and the claim), one statement that claims the checkpoint, reads the batch with each event's
 * retry block and the log's top, and records the inbox marks; the workspace scope (once per
 * workspace), the handlers' own, the checkpoint, COMMIT. The handlers run in the
 * transaction itself (no savepoint): when one throws, the transaction rolls back and the batch runs
 * again with each event in its own savepoint, where a failure schedules a retry or a dead letter.
 *
 * Locks: the batch holds its consumer's checkpoint row (FOR UPDATE SKIP LOCKED), so two batches of
 * one consumer never run at once and cannot deadlock with each other; a deadlock with anything else
 * (another consumer, an API request) rolls the whole batch back and runs it again (retryTransient),
 * without counting an attempt at any of its events.
 */
export async function consumeBatch(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: StepOptions,
): Promise<number> {
  return (await consumeStep(database, consumer, options)).read;
}

/**
 * consumeBatch, telling also whether the batch was full and whether the horizon held events back.
 * `horizon`: one read (readHorizon) before this call — the gate's — saves the transaction its own.
 */
export async function consumeStep(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: StepOptions,
  horizon?: string,
): Promise<StepResult> {
  const run = (eachApart: boolean) =>
    retryTransient((last) => batchTransaction(database, consumer, options, last, eachApart, horizon), {
      onRetry: (error) => options.onTransient?.(error),
    });
  // A handler failed, or the COMMIT did (a deferred write — deferred() in @nexova/db — fails
  // there, unattributed): the batch runs again with each event in its own savepoint, where a
  // deferred write fails inside its event's savepoint, so a retry or a dead letter lands on it.
  const result = await run(false).catch((error) => {
    if (error instanceof FastPathFailed || !isTransient(error)) return run(true);
    throw error;
  });
  reportOutcomes(options, result.outcomes);
  return result;
}

type BatchRow = LogRow & {
  claimed: boolean;
  top_txid: string | null;
  top_position: string | null;
  held: boolean;
  blocked: boolean | null;
  fresh?: boolean;
};

const handledKeys = (consumer: ConsumerDefinition) => [
  ...new Set(consumer.events.map((e) => eventKey(e.type, e.version))),
];

async function batchTransaction(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: StepOptions,
  countTransient: boolean,
  eachApart: boolean,
  readBefore?: string,
): Promise<StepResult & { outcomes: Outcome[] }> {
  const none = { read: 0, full: false, heldBack: false, failed: 0, outcomes: [] };
  // Lanes mark the inbox in their own transactions, with their effects: the claim marks nothing.
  const inLanes = (options.lanes ?? 1) > 1 && consumer.partition !== undefined && database.driver === 'pg';
  return database.db.transaction(async (tx) => {
    // Read before this transaction (any horizon read earlier is a safe one: every row below it is
    // visible to this later snapshot), or as its first statement (see horizon.ts), before the row
    // lock gives it an id.
    const horizon = readBefore ? sql`${readBefore}::xid8` : await deferHorizon(tx);
    // The fast path also records the inbox marks here: every handled event not of a blocked
    // aggregate; `fresh` says which were not marked already (a redelivery is skipped).
    const marksHere = !eachApart && !inLanes;
    const mark = !marksHere
      ? sql``
      : sql`, marked as (insert into events.inbox (consumer, event_id)
            select ${consumer.name}, b.id from batch b
            where b.type || '.v' || b.version = any(${`{${handledKeys(consumer).join(',')}}`}::text[])
              and not exists (select 1 from events.retries r where r.consumer = ${consumer.name}
                and r.aggregate_key = b.aggregate_type || ':' || b.aggregate_id)
            on conflict do nothing returning event_id)`;
    const fresh = !marksHere ? sql`` : sql`, exists (select 1 from marked m where m.event_id = b.id) as fresh`;
    // One statement: the checkpoint row locked (no row: another worker holds this consumer), the
    // batch of our types below the horizon with whether each event's aggregate waits for a retry,
    // the top of the log below the horizon (every type: where the checkpoint may move past events
    // of other types), and whether events of our types wait above the horizon.
    const claim = sql`with cp as materialized (
            select last_txid, last_position from events.checkpoints where consumer = ${consumer.name}
            for update skip locked),
          meta as (select exists (select 1 from cp) as claimed,
            (select o.txid::text from events.outbox o, cp where (o.txid, o.position) > (cp.last_txid, cp.last_position)
              and o.txid < ${horizon} order by o.txid desc, o.position desc limit 1) as top_txid,
            (select o.position from events.outbox o, cp where (o.txid, o.position) > (cp.last_txid, cp.last_position)
              and o.txid < ${horizon} order by o.txid desc, o.position desc limit 1) as top_position,
            exists (select 1 from events.outbox o, cp where (o.txid, o.position) > (cp.last_txid, cp.last_position)
              and o.txid >= ${horizon} and o.type in (${typeFilter(consumer)})) as held),
          batch as (select ${sql.raw(LOG_COLUMNS_O)} from events.outbox o, cp
            where (o.txid, o.position) > (cp.last_txid, cp.last_position) and o.txid < ${horizon}
              and o.type in (${typeFilter(consumer)})
            order by o.txid, o.position limit ${options.batchSize})${mark}
          select meta.*, b.*, exists (select 1 from events.retries r where r.consumer = ${consumer.name}
              and r.aggregate_key = b.aggregate_type || ':' || b.aggregate_id) as blocked${fresh}
          from meta left join batch b on true order by b.txid::xid8, b.position`;
    // Written inline, the claim rides with the BEGIN (and the deferred horizon read): one round trip.
    const rows = await queryRows<BatchRow>(tx, inlineParams(claim));
    const meta = rows[0];
    if (!meta?.claimed) return none; // another worker holds this consumer
    const events = rows.filter((r) => r.id !== null);
    const full = events.length >= options.batchSize;
    // A full batch moves the checkpoint to its last event; a shorter one read every event of ours
    // below the horizon, so it moves to the top below the horizon, past the other types after it.
    const top = meta.top_txid === null ? undefined : { txid: meta.top_txid, position: meta.top_position as string };
    const next = full ? events.at(-1) : top;
    if (!next) return { ...none, heldBack: meta.held };

    const blocked = new Set(events.filter((r) => r.blocked).map((r) => `${r.aggregate_type}:${r.aggregate_id}`));
    const items = events
      .filter((r) => handles(consumer, r.type, r.version))
      .map((row) => ({ event: toEnvelope(row), pointer: row }));
    const policy = { retry: options.retry, countTransient };
    let outcomes: Outcome[];
    if (inLanes) {
      const lanes = { retry: options.retry, lanes: options.lanes ?? 1, onTransient: options.onTransient };
      outcomes = await applyInLanes(database, tx, consumer, items, blocked, lanes, countTransient);
    } else if (eachApart) outcomes = await applyEach(database, tx, consumer, items, blocked, policy);
    else {
      const marked = new Set(events.filter((r) => r.fresh).map((r) => r.id));
      const durations = await applyBatch(database, tx, consumer, items, blocked, marked).catch((error) => {
        if (!countTransient && isTransient(error)) throw error;
        throw new FastPathFailed('a handler failed: the batch runs again event by event', { cause: error });
      });
      outcomes = durations.map((ms) => ({ outcome: 'applied', ms }));
    }
    await moveCheckpoint(tx, consumer.name, next, appliedCount(outcomes));
    const failed = outcomes.filter((o) => o.outcome === 'failed' || o.outcome === 'dead').length;
    return { read: events.length, full, heldBack: meta.held, failed, outcomes };
  });
}
