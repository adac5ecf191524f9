import { type DatabaseHandle, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { appliedCount, applyItems, blockedAggregates, type Outcome } from './apply-batch';
import type { RetryPolicy } from './backoff';
import { moveCheckpoint } from './checkpoint';
import { type ConsumerDefinition, handles } from './consumer';
import { readHorizon } from './horizon';
import { LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';
import { retryTransient } from './transient';

const typeFilter = (consumer: ConsumerDefinition) =>
  sql.join(
    [...new Set(consumer.events.map((e) => e.type))].map((t) => sql`${t}`),
    sql`, `,
  );

/** Limits of one step, and hooks that see what became of each event (metrics, alerts). */
export type StepOptions = {
  batchSize: number;
  retry: RetryPolicy;
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

/**
 * One step of a consumer on the embedded transport: reads the next batch of the log past its
 * checkpoint — in (txid, position) order and only below this database's oldest running transaction
 * (horizon.ts), so an event whose transaction commits late is never skipped — and handles each event
 * in a savepoint of one transaction that also records the inbox marks and the new checkpoint.
 * Returns events handled or queued.
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
  const result = await retryTransient((last) => batchTransaction(database, consumer, options, last), {
    onRetry: (error) => options.onTransient?.(error),
  });
  reportOutcomes(options, result.outcomes);
  return result.read;
}

async function batchTransaction(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: StepOptions,
  countTransient: boolean,
): Promise<{ read: number; outcomes: Outcome[] }> {
  const none = { read: 0, outcomes: [] };
  return database.db.transaction(async (tx) => {
    // First statement of the transaction (see horizon.ts), before the row lock gives it an id.
    const horizon = await readHorizon(tx);
    const [cp] = await queryRows<{ last_txid: string; last_position: string }>(
      tx,
      sql`select last_txid::text as last_txid, last_position
          from events.checkpoints where consumer = ${consumer.name} for update skip locked`,
    );
    if (!cp) return none; // another worker holds this consumer
    const after = sql`(txid, position) > (${cp.last_txid}::xid8, ${cp.last_position}::bigint)
      and txid < ${horizon}::xid8`;
    const rows = await queryRows<LogRow>(
      tx,
      sql`select ${sql.raw(LOG_COLUMNS)} from events.outbox
          where ${after} and type in (${typeFilter(consumer)})
          order by txid, position limit ${options.batchSize}`,
    );
    let next: { txid: string; position: string | number } | undefined = rows.at(-1);
    if (rows.length === 0) {
      // Nothing of ours is visible: move past events of other types up to the horizon.
      const [top] = await queryRows<{ txid: string; position: string }>(
        tx,
        sql`select txid::text as txid, position from events.outbox where ${after}
            order by txid desc, position desc limit 1`,
      );
      next = top ?? next;
    }
    if (!next) return none;

    const blocked = await blockedAggregates(tx, consumer, [
      ...new Set(rows.map((r) => `${r.aggregate_type}:${r.aggregate_id}`)),
    ]);
    const items = rows
      .filter((r) => handles(consumer, r.type, r.version))
      .map((row) => ({ event: toEnvelope(row), pointer: row }));
    const outcomes = await applyItems(database, tx, consumer, items, blocked, { retry: options.retry, countTransient });
    await moveCheckpoint(tx, consumer.name, next, appliedCount(outcomes));
    return { read: rows.length, outcomes };
  });
}
