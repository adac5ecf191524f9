import {
  AT_COMMIT,
  type Database,
  type DatabaseHandle,
  isDatabaseUnavailable,
  literal,
  literalOrNull,
  notifyAfterCommit,
  queryRows,
  type TxContext,
} from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type EventDefinition, findEvent } from './define-event';
import { notifiedWorker } from './notified-worker';
import { publish } from './publish';
import type { EventWorker } from './transport-options';

export type TimerInput<S extends z.ZodType> = {
  /** When to fire (an instant in the past fires on the next tick). */
  at: Date;
  /** Unique name of the timer: scheduling the same key again replaces it; cancel(key) removes it. */
  key: string;
  event: { definition: EventDefinition<S>; aggregateId: string; payload: z.input<S>; workspaceId?: string | null };
};

/**
 * Schedules an event to be published at `at`, inside the caller's transaction (the timer exists if
 * and only if the transaction commits). Fires at least once — in practice once: firing publishes the
 * event and deletes the timer in one transaction.
 *
 * Timer writes (schedule, cancel) are never read back in the transaction that makes them, so on
 * PostgreSQL they are sent with its COMMIT (AT_COMMIT: no round trip of their own), in the order they
 * were made — a cancel then a schedule of the same key leaves the new timer. Hence their text of
 * literals: the payload is parsed by its contract and serialised, the rest are our own values.
 */
export async function schedule<S extends z.ZodType>(t: TxContext, input: TimerInput<S>): Promise<void> {
  const { definition, aggregateId } = input.event;
  const payload = definition.payload.parse(input.event.payload);
  const workspaceId = input.event.workspaceId === undefined ? t.workspaceId : input.event.workspaceId;
  const correlation = t.correlationId ?? t.requestId;
  if (!Number.isInteger(definition.version))
    throw new Error(`schedule: version ${definition.version} is not an integer`);
  await t.tx.execute(
    sql.raw(
      `${AT_COMMIT}insert into events.timers (key, fire_at, workspace_id, event_type, event_version, aggregate_id, payload, correlation_id)
        values (${literal(input.key)}, ${literal(input.at.toISOString())}::timestamptz,
          ${workspaceId === null ? 'null' : `${literal(workspaceId)}::uuid`}, ${literal(definition.type)}, ${definition.version},
          ${literal(aggregateId)}, ${literal(JSON.stringify(payload))}::jsonb, ${literalOrNull(correlation || null)})
        on conflict (key) do update set fire_at = excluded.fire_at, workspace_id = excluded.workspace_id,
          event_type = excluded.event_type, event_version = excluded.event_version,
          aggregate_id = excluded.aggregate_id, payload = excluded.payload, correlation_id = excluded.correlation_id`,
    ),
  );
  // The timer worker sleeps until the earliest fire_at it knows: told when this one fires, it reads
  // the timers again only if this one comes sooner.
  await notifyAfterCommit(t.tx, TIMERS_CHANNEL, String(input.at.getTime()));
}

/** Notified after a timer is scheduled (payload: its fire_at in epoch ms); the timer worker reads the earliest fire_at again if it is sooner. */
export const TIMERS_CHANNEL = 'nexova_timers';

/**
 * Cancels a timer by key inside the caller's transaction (a key of another workspace, or none,
 * is left as it is). Sent with the COMMIT, in order with schedule (see there).
 */
export async function cancel(t: TxContext, key: string): Promise<void> {
  await t.tx.execute(sql.raw(`${AT_COMMIT}delete from events.timers where key = ${literal(key)}`));
}

type TimerRow = {
  key: string;
  workspace_id: string | null;
  event_type: string;
  event_version: number;
  aggregate_id: string;
  payload: unknown;
  correlation_id: string | null;
};

/**
 * Fires due timers: claims up to `limit` with FOR UPDATE SKIP LOCKED (several workers share them),
 * publishes each event and deletes the timer in the same transaction. Returns how many fired.
 */
export async function fireDueTimers(db: Database, limit = 100, now: Date = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await queryRows<TimerRow>(
      tx,
      sql`select key, workspace_id, event_type, event_version, aggregate_id, payload, correlation_id
        from events.timers where fire_at <= ${now.toISOString()} order by fire_at, key limit ${limit}
        for update skip locked`,
    );
    for (const row of rows) {
      const definition = findEvent(row.event_type, row.event_version);
      await tx.execute(sql`delete from events.timers where key = ${row.key}`);
      if (!definition) continue; // the event was removed from the code: nothing can be published
      const ctx: TxContext = {
        ...systemContext(row.workspace_id, 'timers'),
        correlationId: row.correlation_id ?? newId(),
        db,
        tx,
      };
      const payload = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
      await publish(ctx, definition, { aggregateId: row.aggregate_id, payload, workspaceId: row.workspace_id });
    }
    return rows.length;
  });
}

/** The earliest timer: in how many ms it fires (≤ 0: due) and when (epoch ms); null when there is none. */
async function nextTimer(db: Database): Promise<{ inMs: number; at: number } | null> {
  const [row] = await queryRows<{ ms: string | number | null; at: string | number | null }>(
    db,
    sql`select floor(extract(epoch from (min(fire_at) - now())) * 1000) as ms,
          floor(extract(epoch from min(fire_at)) * 1000) as at from events.timers`,
  );
  return row?.ms === null || row?.ms === undefined ? null : { inMs: Number(row.ms), at: Number(row.at) };
}

/**
 * A worker that fires due timers: it reads the earliest fire_at (one statement) and sleeps until
 * then, or until a timer is scheduled (TIMERS_CHANNEL), or the idle fallback (`idleMs` while
 * LISTENing, `intervalMs` otherwise) — and fires right away again while some are due.
 */
export function timerWorker(
  database: DatabaseHandle,
  options: {
    intervalMs?: number;
    idleMs?: number;
    logger?: { error(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
  } = {},
): EventWorker {
  const db = database.db;
  // The earliest fire time this worker knows of (epoch ms; Infinity: none). While a tick runs it is
  // -Infinity, so a timer scheduled meanwhile (maybe unseen by the tick's read) wakes the next wait.
  let knownNext = Number.NEGATIVE_INFINITY;
  return notifiedWorker(
    'events:timers',
    {
      database,
      channel: TIMERS_CHANNEL,
      idleMs: options.idleMs ?? 10_000,
      pollMs: options.intervalMs ?? 500,
      logger: options.logger,
      // A timer that fires no sooner than the one awaited changes nothing: no read for it.
      accept: (payload) => !(Number(payload) >= knownNext),
    },
    async () => {
      knownNext = Number.NEGATIVE_INFINITY;
      const next = await nextTimer(db);
      if (next === null) {
        knownNext = Number.POSITIVE_INFINITY;
        return false;
      }
      if (next.inMs > 0) {
        knownNext = next.at;
        return next.inMs;
      }
      // None fired although one is due: another worker holds it, or the clocks differ a little.
      return (await fireDueTimers(db)) > 0 || 100;
    },
  );
}

/** Runs `tick` every interval; again at once while it reports more work; stop waits for the tick in flight. */
export function periodicWorker(
  name: string,
  intervalMs: number,
  tick: () => Promise<boolean>,
  logger?: { error(obj: object, msg?: string): void },
): EventWorker {
  let running = false;
  let loop: Promise<void> = Promise.resolve();
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });
  return {
    name,
    start: async () => {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let more = false;
          try {
            more = await tick();
          } catch (error) {
            // A database outage is logged once by the database handle; the next tick tries again.
            if (!isDatabaseUnavailable(error)) logger?.error({ err: error, worker: name }, 'worker tick failed');
          }
          if (running && !more) await sleep(intervalMs);
        }
      })();
    },
    stop: async () => {
      running = false;
      (wake as (() => void) | null)?.();
      await loop;
    },
  };
}
