import type { DatabaseHandle, Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { appliedCount, applyItems, blockedAggregates, type Outcome } from './apply-batch';
import type { RetryPolicy } from './backoff';
import { moveCheckpoint } from './checkpoint';
import { type ConsumerDefinition, handles } from './consumer';
import { LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';

const rowsOf = async <T>(tx: Tx, query: ReturnType<typeof sql>) =>
  ((await tx.execute(query)) as unknown as { rows: T[] }).rows;

const typeFilter = (consumer: ConsumerDefinition) =>
  sql.join(
    [...new Set(consumer.events.map((e) => e.type))].map((t) => sql`${t}`),
    sql`, `,
  );

/** Limits of one step, and hooks that see what became of each event (metrics). */
export type StepOptions = {
  batchSize: number;
  retry: RetryPolicy;
  onApplied?: (ms: number) => void;
  onFailed?: (dead: boolean) => void;
};

/** Calls the step's hooks for each outcome. */
export function reportOutcomes(options: StepOptions, outcomes: Outcome[]): void {
  for (const { outcome, ms } of outcomes) {
    if (outcome === 'applied') options.onApplied?.(ms);
    else if (outcome !== 'skipped') options.onFailed?.(outcome === 'dead');
  }
}

/**
 * One step of a consumer on the embedded transport: reads the next batch of the log past its
 * checkpoint — in (txid, position) order and only below the oldest running transaction, so an event
 * whose transaction commits late is never skipped — and handles each event in a savepoint of one
 * transaction that also records the inbox marks and the new checkpoint. Returns events handled or queued.
 */
export async function consumeBatch(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: StepOptions,
): Promise<number> {
  return database.db.transaction(async (tx) => {
    // The horizon comes from the statement's snapshot, taken before the row lock gives this
    // transaction an id: every transaction below it has ended.
    const [cp] = await rowsOf<{ xmin: string; last_txid: string; last_position: string }>(
      tx,
      sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin, last_txid::text as last_txid, last_position
          from events.checkpoints where consumer = ${consumer.name} for update skip locked`,
    );
    if (!cp) return 0; // another worker holds this consumer
    const after = sql`(txid, position) > (${cp.last_txid}::xid8, ${cp.last_position}::bigint)
      and txid < ${cp.xmin}::xid8`;
    const rows = await rowsOf<LogRow>(
      tx,
      sql`select ${sql.raw(LOG_COLUMNS)} from events.outbox
          where ${after} and type in (${typeFilter(consumer)})
          order by txid, position limit ${options.batchSize}`,
    );
    let next: { txid: string; position: string | number } | undefined = rows.at(-1);
    if (rows.length === 0) {
      // Nothing of ours is visible: move past events of other types up to the horizon.
      const [top] = await rowsOf<{ txid: string; position: string }>(
        tx,
        sql`select txid::text as txid, position from events.outbox where ${after}
            order by txid desc, position desc limit 1`,
      );
      next = top ?? next;
    }
    if (!next) return 0;

    const blocked = await blockedAggregates(tx, consumer, [
      ...new Set(rows.map((r) => `${r.aggregate_type}:${r.aggregate_id}`)),
    ]);
    const items = rows
      .filter((r) => handles(consumer, r.type, r.version))
      .map((row) => ({ event: toEnvelope(row), pointer: row }));
    const outcomes = await applyItems(database, tx, consumer, items, blocked, options.retry);
    reportOutcomes(options, outcomes);
    await moveCheckpoint(tx, consumer.name, next, appliedCount(outcomes));
    return rows.length;
  });
}
