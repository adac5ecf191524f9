import { type Database, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import type { ConsumerDefinition } from './consumer';
import type { EventMetrics } from './metrics';

export { ensureCheckpoint } from './checkpoint';

export type ConsumerStatus = {
  name: string;
  position: number;
  processed: number;
  lag_events: number;
  lag_seconds: number;
  retrying: number;
  dead_letters: number;
  last_processed_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
};

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

/** Where a consumer is, how far behind, and its last error (GET /system/consumers, metrics). */
export async function consumerStatus(db: Database, consumer: ConsumerDefinition): Promise<ConsumerStatus> {
  const types = sql.join(
    [...new Set(consumer.events.map((e) => e.type))].map((t) => sql`${t}`),
    sql`, `,
  );
  const [row] = await queryRows<{
    position: string | null;
    processed: string | null;
    last_processed_at: string | null;
    last_error: string | null;
    last_error_at: string | null;
    lag_events: number;
    oldest: string | null;
    retrying: number;
    oldest_retry: string | null;
    dead_letters: number;
  }>(
    db,
    sql`with cp as (
          select coalesce((select last_txid from events.checkpoints where consumer = ${consumer.name}), '0'::xid8) as t,
                 coalesce((select last_position from events.checkpoints where consumer = ${consumer.name}), 0) as p)
        select (select last_position from events.checkpoints where consumer = ${consumer.name}) as position,
               (select processed from events.checkpoints where consumer = ${consumer.name}) as processed,
               (select last_processed_at from events.checkpoints where consumer = ${consumer.name}) as last_processed_at,
               (select last_error from events.checkpoints where consumer = ${consumer.name}) as last_error,
               (select last_error_at from events.checkpoints where consumer = ${consumer.name}) as last_error_at,
               (select count(*)::int from events.outbox o, cp where (o.txid, o.position) > (cp.t, cp.p)
                  and o.type in (${types})) as lag_events,
               (select min(o.occurred_at) from events.outbox o, cp where (o.txid, o.position) > (cp.t, cp.p)
                  and o.type in (${types})) as oldest,
               (select count(*)::int from events.retries where consumer = ${consumer.name}) as retrying,
               (select min(o.occurred_at) from events.retries r join events.outbox o on o.id = r.event_id
                  where r.consumer = ${consumer.name}) as oldest_retry,
               (select count(*)::int from events.dead_letters where consumer = ${consumer.name} and status = 'open')
                  as dead_letters`,
  );
  const oldest = [row?.oldest, row?.oldest_retry]
    .filter((v): v is string => v !== null && v !== undefined)
    .map((v) => new Date(v).getTime());
  return {
    name: consumer.name,
    position: Number(row?.position ?? 0),
    processed: Number(row?.processed ?? 0),
    lag_events: (row?.lag_events ?? 0) + (row?.retrying ?? 0),
    lag_seconds: oldest.length > 0 ? Math.max(0, (Date.now() - Math.min(...oldest)) / 1000) : 0,
    retrying: row?.retrying ?? 0,
    dead_letters: row?.dead_letters ?? 0,
    last_processed_at: iso(row?.last_processed_at ?? null),
    last_error: row?.last_error ?? null,
    last_error_at: iso(row?.last_error_at ?? null),
  };
}

export async function refreshLag(db: Database, consumer: ConsumerDefinition, metrics: EventMetrics): Promise<void> {
  const status = await consumerStatus(db, consumer);
  metrics.lagEvents.set({ consumer: consumer.name }, status.lag_events);
  metrics.lagSeconds.set({ consumer: consumer.name }, status.lag_seconds);
}
