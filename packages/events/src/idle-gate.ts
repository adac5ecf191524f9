import { type Database, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { HORIZON_SQL } from './horizon';

/** What one look at the log tells a consumer: events past its checkpoint, and its next retry. */
export type ConsumerState = {
  /** The log holds an event past this consumer's checkpoint (or it has no checkpoint yet). */
  behind: boolean;
  /**
   * The log holds an event of a type this consumer handles past its checkpoint and not yet in its
   * inbox (an event its handler already handled inline, see markHandled, does not count).
   */
  relevant: boolean;
  /** Milliseconds until the head of one of its retry queues is due (≤ 0: due now); null: none. */
  retryInMs: number | null;
  /** The log horizon read by the same statement (horizon.ts): a step right after may use it. */
  horizon?: string;
};

const UNKNOWN: ConsumerState = { behind: true, relevant: true, retryInMs: 0 };

/** A consumer as the gate sees it: its name and the event types it handles. */
export type GatedConsumer = { name: string; types: string[] };

/**
 * Answers "has anything arrived for any of these consumers?" with ONE statement for all of them
 * (the log head against each checkpoint, whether an event of a type it handles is past it, and the
 * earliest due retry head of each), so N consumers woken together by one commit cost one query
 * instead of N transactions, and only those with an event of their own types go on to read the log.
 * Calls made before the query is sent share it (it starts on the next turn of the event loop, after
 * the waiters a wake-up resolved have all asked); a call made while one is in flight gets the next
 * one, which starts after it — so an answer never predates the call.
 */
export function idleGate(db: Database, consumers: GatedConsumer[]): (consumer: string) => Promise<ConsumerState> {
  let next: Promise<Map<string, ConsumerState>> | null = null;
  let inFlight: Promise<unknown> = Promise.resolve();
  // One row per consumer: its name and its types as a text array literal ({a,b}); names and types
  // are checked identifiers (defineConsumer, defineEvent), bound as parameters all the same.
  const wanted = sql.join(
    consumers.map((c) => sql`(${c.name}, ${`{${[...new Set(c.types)].join(',')}}`}::text[])`),
    sql`, `,
  );
  const read = async () => {
    const rows = await queryRows<{
      consumer: string;
      behind: boolean;
      relevant: boolean;
      retry_in_ms: string | number | null;
      horizon: string;
    }>(
      db,
      sql`with head as (select txid, position from events.outbox order by txid desc, position desc limit 1),
          wanted (consumer, types) as (values ${wanted})
          select c.consumer,
            exists (select 1 from head h where (h.txid, h.position) > (c.last_txid, c.last_position)) as behind,
            exists (select 1 from events.outbox o where (o.txid, o.position) > (c.last_txid, c.last_position)
              and o.type = any(w.types)
              and not exists (select 1 from events.inbox i where i.consumer = c.consumer and i.event_id = o.id))
              as relevant,
            (select floor(extract(epoch from (min(r.next_attempt_at) - now())) * 1000) from events.retries r
              where r.consumer = c.consumer and not exists (select 1 from events.retries q
                where q.consumer = r.consumer and q.aggregate_key = r.aggregate_key
                  and (q.txid, q.position) < (r.txid, r.position))) as retry_in_ms,
            (${HORIZON_SQL}) as horizon
          from events.checkpoints c join wanted w on w.consumer = c.consumer`,
    );
    const states = new Map<string, ConsumerState>();
    for (const r of rows)
      states.set(r.consumer, {
        behind: r.behind,
        relevant: r.relevant,
        retryInMs: r.retry_in_ms === null ? null : Number(r.retry_in_ms),
        horizon: r.horizon,
      });
    return states;
  };
  return async (consumer) => {
    if (!next) {
      const previous = inFlight;
      const started = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        await previous.catch(() => undefined);
        next = null; // later calls get the next query
        return read();
      });
      next = started;
      inFlight = started;
    }
    const states = await next;
    return states.get(consumer) ?? UNKNOWN;
  };
}
