import type { Database } from '@nexova/db';
import { sql } from 'drizzle-orm';

export type SweepResult = { outbox: number; inbox: number; deadLetters: number };

const count = (r: unknown) => (r as { rows: unknown[] }).rows.length;

/**
 * Deletes what is older than `olderThanDays` and no longer needed: inbox marks, resolved dead
 * letters, and outbox rows that every consumer checkpoint (and relay) has passed and no retry or open
 * dead letter still points at. Rows kept this long also outlive the JetStream dedupe window.
 * `keepTypes` (the read models' types, `retainedEventTypes`) are never swept from the outbox: a read
 * model rebuilt from the log must find the same history its live consumers saw.
 */
export async function sweepEvents(
  db: Database,
  olderThanDays: number,
  limit = 10_000,
  keepTypes: readonly string[] = [],
): Promise<SweepResult> {
  const cutoff = sql`now() - make_interval(days => ${olderThanDays})`;
  const kept = keepTypes.length > 0 ? sql`and type <> all(${`{${keepTypes.join(',')}}`}::text[])` : sql``;
  const inbox = await db.execute(
    sql`delete from events.inbox where ctid in (select ctid from events.inbox where processed_at < ${cutoff} limit ${limit})
        returning 1`,
  );
  const deadLetters = await db.execute(
    sql`delete from events.dead_letters where status <> 'open' and resolved_at < ${cutoff} returning 1`,
  );
  const outbox = await db.execute(
    sql`delete from events.outbox o where o.position in (
          select position from events.outbox where occurred_at < ${cutoff} ${kept} order by position limit ${limit})
        and not exists (select 1 from events.checkpoints c where (o.txid, o.position) > (c.last_txid, c.last_position))
        and not exists (select 1 from events.retries r where r.event_id = o.id)
        and not exists (select 1 from events.dead_letters d where d.event_id = o.id and d.status = 'open')
        returning 1`,
  );
  return { outbox: count(outbox), inbox: count(inbox), deadLetters: count(deadLetters) };
}
