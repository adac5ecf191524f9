import { type DatabaseHandle, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import type { Outcome } from './apply-batch';
import { countRetried } from './checkpoint';
import { reportOutcomes, type StepOptions } from './consume-batch';
import type { ConsumerDefinition } from './consumer';
import { LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';
import { type AttemptError, applyOnce, recordFailure } from './processing';
import { errorText, isTransient, retryTransient } from './transient';

const OUTBOX_COLUMNS = LOG_COLUMNS.split(',')
  .map((c) => `o.${c.trim()}`)
  .join(', ');

/**
 * Attempts the due head of each (consumer, aggregate) retry queue. A success removes it (the next
 * event of that aggregate becomes the head); a failure reschedules it or dead-letters it. Both
 * transports keep their retries here. A deadlock rolls the whole step back and runs it again without
 * counting an attempt (retryTransient). Returns how many were attempted.
 */
export async function retryDue(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: StepOptions,
): Promise<number> {
  const result = await retryTransient((last) => retryTransaction(database, consumer, options, last), {
    onRetry: (error) => options.onTransient?.(error),
  });
  reportOutcomes(options, result.outcomes);
  return result.read;
}

async function retryTransaction(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: StepOptions,
  countTransient: boolean,
): Promise<{ read: number; outcomes: Outcome[] }> {
  return database.db.transaction(async (tx) => {
    const due = await queryRows<LogRow & { attempts: number; errors: AttemptError[] | string }>(
      tx,
      sql`select r.attempts, r.errors, ${sql.raw(OUTBOX_COLUMNS)}
          from events.retries r join events.outbox o on o.id = r.event_id
          where r.consumer = ${consumer.name} and r.next_attempt_at <= now()
            and not exists (select 1 from events.retries q where q.consumer = r.consumer
              and q.aggregate_key = r.aggregate_key and (q.txid, q.position) < (r.txid, r.position))
          order by r.txid, r.position limit ${options.batchSize}
          for update of r skip locked`,
    );
    const outcomes: Outcome[] = [];
    for (const row of due) {
      const event = toEnvelope(row);
      const started = performance.now();
      try {
        const did = await applyOnce(database.db, tx, consumer, event);
        outcomes.push({ outcome: did ? 'applied' : 'skipped', ms: performance.now() - started });
        await tx.execute(sql`delete from events.retries where consumer = ${consumer.name} and event_id = ${event.id}`);
      } catch (error) {
        if (!countTransient && isTransient(error)) throw error;
        const previous = typeof row.errors === 'string' ? JSON.parse(row.errors) : row.errors;
        const letter = await recordFailure(tx, consumer, event, row, row.attempts + 1, previous, error, options.retry);
        outcomes.push(
          letter ? { outcome: 'dead', ms: 0, event, error: errorText(error), letter } : { outcome: 'failed', ms: 0 },
        );
      }
    }
    await countRetried(tx, consumer.name, outcomes.filter((o) => o.outcome === 'applied').length);
    return { read: due.length, outcomes };
  });
}
