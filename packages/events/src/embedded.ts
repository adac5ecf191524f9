import { type DatabaseHandle, enterWorkspace, type Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';
import type { Registry } from 'prom-client';
import type { RetryPolicy } from './backoff';
import { type ConsumerDefinition, handles } from './consumer';
import type { EventEnvelope } from './envelope';
import { aggregateKey, LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';
import { eventMetrics } from './metrics';
import {
  type AttemptError,
  applyOnce,
  handlerContext,
  type LogPointer,
  queueBehind,
  recordFailure,
} from './processing';
import { ensureCheckpoint, refreshLag } from './status';
import { Wakeup } from './wakeup';

export type EventWorker = { name: string; start(): Promise<void>; stop(): Promise<void> };

export type TransportLogger = {
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

export type TransportOptions = {
  database: DatabaseHandle;
  consumers: ConsumerDefinition[];
  batchSize?: number;
  pollIntervalMs?: number;
  retry?: Partial<RetryPolicy>;
  metrics?: Registry;
  logger?: TransportLogger;
};

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseMs: 1000, maxMs: 300_000 };

const rowsOf = async <T>(tx: Tx | DatabaseHandle['db'], query: ReturnType<typeof sql>) =>
  ((await tx.execute(query)) as unknown as { rows: T[] }).rows;

const typeFilter = (consumer: ConsumerDefinition) =>
  sql.join(
    [...new Set(consumer.events.map((e) => e.type))].map((t) => sql`${t}`),
    sql`, `,
  );

/**
 * One step of a consumer on the embedded transport: reads the next batch of the log past its
 * checkpoint — in (txid, position) order and only below the oldest running transaction, so an event
 * whose transaction commits late is never skipped — and handles each event in a savepoint of one
 * transaction that also records the inbox marks and the new checkpoint. Returns events handled or queued.
 */
export async function consumeBatch(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: {
    batchSize: number;
    retry: RetryPolicy;
    onApplied?: (ms: number) => void;
    onFailed?: (dead: boolean) => void;
  },
): Promise<number> {
  return database.db.transaction(async (tx) => {
    // The horizon comes from the statement's snapshot, taken before the row lock gives this
    // transaction an id: every transaction below it has ended.
    const [cp] = await rowsOf<{ xmin: string; last_txid: string; last_position: string }>(
      tx,
      sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin, last_txid::text as last_txid, last_position
          from events.checkpoints where consumer = ${consumer.name} for update skip locked`,
    );
    const horizon = cp;
    if (!cp || !horizon) return 0; // another worker holds this consumer
    const after = sql`(txid, position) > (${cp.last_txid}::xid8, ${cp.last_position}::bigint)
      and txid < ${horizon.xmin}::xid8`;
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

    const keys = [...new Set(rows.map((r) => `${r.aggregate_type}:${r.aggregate_id}`))];
    const blocked = new Set<string>();
    if (keys.length > 0) {
      const waiting = await rowsOf<{ aggregate_key: string }>(
        tx,
        sql`select distinct aggregate_key from events.retries where consumer = ${consumer.name}
            and aggregate_key in (${sql.join(
              keys.map((k) => sql`${k}`),
              sql`, `,
            )})`,
      );
      for (const w of waiting) blocked.add(w.aggregate_key);
    }

    const wanted = rows.filter((r) => handles(consumer, r.type, r.version));
    // Fast path: the whole batch in one savepoint with one inbox insert; metrics only after it held.
    // A handler that throws rolls the savepoint back and the batch is redone event by event below.
    const items = wanted.map((row) => ({ event: toEnvelope(row), pointer: row }));
    const fast = await applyBatch(database, tx, consumer, items, blocked).catch(() => null);
    let applied = 0;
    if (fast) {
      applied = fast.length;
      for (const ms of fast) options.onApplied?.(ms);
    } else {
      for (const row of wanted) {
        const event = toEnvelope(row);
        const key = aggregateKey(event);
        if (blocked.has(key)) {
          await queueBehind(tx, consumer, event, row);
          continue;
        }
        const started = performance.now();
        try {
          if (await applyOnce(database.db, tx, consumer, event)) {
            applied++;
            options.onApplied?.(performance.now() - started);
          }
        } catch (error) {
          blocked.add(key);
          const dead = await recordFailure(tx, consumer, event, row, 1, [], error, options.retry);
          options.onFailed?.(dead);
        }
      }
    }
    await tx.execute(
      sql`update events.checkpoints set last_txid = ${next.txid}::xid8, last_position = ${next.position},
            processed = processed + ${applied},
            last_processed_at = case when ${applied} > 0 then now() else last_processed_at end, updated_at = now()
          where consumer = ${consumer.name}`,
    );
    return rows.length;
  });
}

/**
 * Applies a batch in one savepoint: one inbox insert for every event not already marked, then each
 * handler in log order (events of blocked aggregates are queued behind their head). Throws — leaving
 * nothing behind — when any handler throws. Returns each applied handler's duration (ms).
 */
export async function applyBatch(
  database: Pick<DatabaseHandle, 'db'>,
  tx: Tx,
  consumer: ConsumerDefinition,
  items: { event: EventEnvelope; pointer: LogPointer }[],
  blocked: Set<string>,
): Promise<number[]> {
  if (items.length === 0) return [];
  return tx.transaction(async (sp) => {
    const open = items.filter((i) => !blocked.has(aggregateKey(i.event)));
    const fresh = new Set<string>();
    if (open.length > 0) {
      const marked = await rowsOf<{ event_id: string }>(
        sp as unknown as Tx,
        sql`insert into events.inbox (consumer, event_id)
            select ${consumer.name}, e::uuid from unnest(${`{${open.map((i) => i.event.id).join(',')}}`}::text[]) as e
            on conflict do nothing returning event_id`,
      );
      for (const m of marked) fresh.add(m.event_id);
    }
    const durations: number[] = [];
    let workspace: string | null | undefined;
    for (const { event, pointer } of items) {
      if (blocked.has(aggregateKey(event))) {
        await queueBehind(sp as unknown as Tx, consumer, event, pointer);
        continue;
      }
      if (!fresh.has(event.id)) continue;
      if (event.workspace_id !== workspace) {
        workspace = event.workspace_id;
        await enterWorkspace(sp as unknown as Tx, workspace ?? null);
      }
      const started = performance.now();
      await consumer.handle({
        ctx: handlerContext(database, consumer, event, sp as unknown as Tx),
        event,
        tx: sp as unknown as Tx,
      });
      durations.push(performance.now() - started);
    }
    return durations;
  });
}

/**
 * Attempts the due head of each (consumer, aggregate) retry queue. A success removes it (the next
 * event of that aggregate becomes the head); a failure reschedules it or dead-letters it.
 */
export async function retryDue(
  database: DatabaseHandle,
  consumer: ConsumerDefinition,
  options: {
    batchSize: number;
    retry: RetryPolicy;
    onApplied?: (ms: number) => void;
    onFailed?: (dead: boolean) => void;
  },
): Promise<number> {
  return database.db.transaction(async (tx) => {
    const due = await rowsOf<LogRow & { attempts: number; errors: AttemptError[] | string }>(
      tx,
      sql`select r.attempts, r.errors, ${sql.raw(
        LOG_COLUMNS.split(',')
          .map((c) => `o.${c.trim()}`)
          .join(', '),
      )}
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
    if (applied > 0) {
      await tx.execute(
        sql`update events.checkpoints set processed = processed + ${applied}, last_processed_at = now()
            where consumer = ${consumer.name}`,
      );
    }
    return due.length;
  });
}

export type EmbeddedTransport = {
  name: 'embedded';
  workers: EventWorker[];
  /** Runs every consumer until no work is left (tests, tools). Returns events handled or queued. */
  drain(): Promise<number>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/** The embedded transport: the outbox is the log; one loop per consumer; LISTEN/NOTIFY or a short poll. */
export function createEmbeddedTransport(options: TransportOptions): EmbeddedTransport {
  const batchSize = options.batchSize ?? 100;
  const pollMs = options.pollIntervalMs ?? 200;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const metrics = options.metrics ? eventMetrics(options.metrics) : undefined;
  const wakeup = new Wakeup(options.database, options.logger);
  const hooks = (name: string) => ({
    batchSize,
    retry,
    onApplied: (ms: number) => {
      metrics?.processed.inc({ consumer: name, transport: 'embedded' });
      metrics?.duration.observe({ consumer: name, transport: 'embedded' }, ms / 1000);
    },
    onFailed: (dead: boolean) => {
      metrics?.failed.inc({ consumer: name, transport: 'embedded' });
      if (dead) metrics?.deadLettered.inc({ consumer: name, transport: 'embedded' });
    },
  });

  const step = async (consumer: ConsumerDefinition) => {
    const h = hooks(consumer.name);
    return (await consumeBatch(options.database, consumer, h)) + (await retryDue(options.database, consumer, h));
  };

  let running = false;
  let loops: Promise<void>[] = [];
  const loop = async (consumer: ConsumerDefinition) => {
    let failures = 0;
    let lastLag = 0;
    while (running) {
      try {
        const work = await step(consumer);
        failures = 0;
        if (metrics && Date.now() - lastLag > 1000) {
          lastLag = Date.now();
          await refreshLag(options.database.db, consumer, metrics);
        }
        if (work > 0) continue;
        await wakeup.wait(pollMs);
      } catch (error) {
        failures++;
        options.logger?.error({ err: error, consumer: consumer.name }, 'event consumer step failed');
        await wakeup.wait(Math.min(30_000, pollMs * 2 ** Math.min(failures, 8)));
      }
    }
  };

  const start = async () => {
    if (running) return;
    for (const consumer of options.consumers) await ensureCheckpoint(options.database.db, consumer.name);
    await wakeup.start();
    running = true;
    loops = options.consumers.map((c) => loop(c));
  };
  const stop = async () => {
    if (!running) return;
    running = false;
    wakeup.wakeAll();
    await Promise.all(loops); // each loop finishes its in-flight batch first
    await wakeup.stop();
  };
  // Done when a round finds no work and started after every transaction running at the call had
  // ended: transaction ids are cluster-wide, so on a shared server another database's open
  // transaction holds the horizon below an event committed before the call, for a moment.
  const drain = async () => {
    const db = options.database.db;
    for (const consumer of options.consumers) await ensureCheckpoint(db, consumer.name);
    const [call] = await rowsOf<{ xmax: string }>(
      db,
      sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`,
    );
    let total = 0;
    for (;;) {
      const [round] = await rowsOf<{ past: boolean }>(
        db,
        sql`select pg_snapshot_xmin(pg_current_snapshot()) >= ${call?.xmax}::xid8 as past`,
      );
      let work = 0;
      for (const consumer of options.consumers) work += await step(consumer);
      total += work;
      if (work === 0 && round?.past) return total;
      if (work === 0) await wakeup.wait(pollMs);
    }
  };
  return {
    name: 'embedded',
    drain,
    start,
    stop,
    workers: [{ name: 'events:embedded', start, stop }],
  };
}
