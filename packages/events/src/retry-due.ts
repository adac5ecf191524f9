import type { DatabaseHandle, Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { countRetried } from './checkpoint';
import type { StepOptions } from './consume-batch';
import type { ConsumerDefinition } from './consumer';
import { LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';
import { type AttemptError, applyOnce, recordFailure } from './processing';

const rowsOf = async <T>(tx: Tx, query: ReturnType<typeof sql>) =>
  ((await tx.execute(query)) as unknown as { rows: T[] }).rows;

const OUTBOX_COLUMNS = LOG_COLUMNS.split(',')
  .map((c) => `o.${c.trim()}`)
  .join(', ');

/**
 * Attempts the due head of each (consumer, aggregate) retry queue. A success removes it (the next
 * event of that aggregate becomes the head); a failure reschedules it or dead-letters it. Both
 * transports keep their retries here. Returns how many were attempted.
 */
export async function retryDue(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: StepOptions,
): Promise<number> {
  return database.db.transaction(async (tx) => {
    const due = await rowsOf<LogRow & { attempts: number; errors: AttemptError[] | string }>(
      tx,
      sql`select r.attempts, r.errors, ${sql.raw(OUTBOX_COLUMNS)}
          from events.retries r join events.outbox o on o.id = r.event_id
          where r.consumer = ${consumer.name} and r.next_attempt_at <= now()
            and not exists (select 1 from events.retries q where q.consumer = r.consumer
              and q.aggregate_key = r.aggregate_key and (q.txid, q.position) < (r.txid, r.position))
          order by r.txid, r.position limit ${options.batchSize}
          for update of r skip locked`,
    );
    let applied = 0;
    for (const row of due) {
      const event = toEnvelope(row);
      const started = performance.now();
      try {
        if (await applyOnce(database.db, tx, consumer, event)) {
          applied++;
          options.onApplied?.(performance.now() - started);
        }
        await tx.execute(sql`delete from events.retries where consumer = ${consumer.name} and event_id = ${event.id}`);
      } catch (error) {
        const previous = typeof row.errors === 'string' ? JSON.parse(row.errors) : row.errors;
        const dead = await recordFailure(tx, consumer, event, row, row.attempts + 1, previous, error, options.retry);
        options.onFailed?.(dead);
      }
    }
    await countRetried(tx, consumer.name, applied);
    return due.length;
  });
}
