import type { DatabaseHandle } from '@nexova/db';
import type pg from 'pg';
import type { AccessCache } from './access-cache';

export const ACCESS_CHANNEL = 'nexova_access';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A per-process cache kept in step across replicas over ACCESS_CHANNEL. `topic` tells caches apart
 * on the one channel (payload `topic:key`; the grants cache has none: its payload is the bare
 * workspace id). Keys are workspace ids, or `*` for "everything" when the cache understands it.
 */
export type NotifiedCache = {
  readonly topic?: string;
  readonly ttlMs: number;
  forgetHere(key: string): void;
  publish: ((key: string) => void) | null;
};

/** The cache a notification's payload is for, and its key (null: not one of ours). */
function route(caches: NotifiedCache[], payload: string): [NotifiedCache, string] | null {
  const at = payload.lastIndexOf(':');
  const topic = at < 0 ? '' : payload.slice(0, at);
  const key = at < 0 ? payload : payload.slice(at + 1);
  const cache = caches.find((c) => (c.topic ?? '') === topic);
  if (!cache || !(key === '*' || UUID.test(key))) return null;
  return [cache, key.toLowerCase()];
}

type Logger = { warn(obj: object, msg?: string): void };

/**
 * Keeps the replicas' caches of grants in step on PostgreSQL: `cache.forgetWorkspace` NOTIFYs the
 * workspace id on ACCESS_CHANNEL (after the change committed: use-cases call it in afterCommit),
 * and every replica LISTENs on one pooled connection and forgets that workspace when it hears it.
 * The connection comes back after an outage (as the events wake-up does); what was said while it
 * was down is not replayed, so the cache's TTL stays the bound. Nothing on PGlite (one process).
 * Returns the function that stops listening.
 */
export function listenForAccessChanges(
  database: DatabaseHandle,
  cache: AccessCache,
  logger?: Logger,
): Promise<() => Promise<void>> {
  return listenForCacheChanges(database, [cache], logger);
}

/**
 * listenForAccessChanges for several caches on one LISTEN connection (the grants cache and other
 * modules' caches, such as clinical catalogs'): each forgets what its own topic names.
 */
export async function listenForCacheChanges(
  database: DatabaseHandle,
  all: NotifiedCache[],
  logger?: Logger,
): Promise<() => Promise<void>> {
  const pool = database.pool;
  const caches = all.filter((c) => c.ttlMs > 0);
  if (!pool || caches.length === 0) return async () => undefined;
  let stopped = false;
  let client: pg.PoolClient | null = null;
  const onNotification = (message: pg.Notification) => {
    const target = message.channel === ACCESS_CHANNEL && message.payload ? route(caches, message.payload) : null;
    target?.[0].forgetHere(target[1]);
  };
  const listen = async (): Promise<void> => {
    if (stopped) return;
    try {
      const connected = await pool.connect();
      let released = false;
      const drop = (error: Error) => {
        if (released) return;
        released = true;
        connected.off('notification', onNotification);
        connected.release(true);
        if (client === connected) client = null;
        if (stopped) return;
        if (!database.availability.report(error)) logger?.warn({ err: error }, 'access listener lost; reconnecting');
        setTimeout(() => void listen(), 500).unref();
      };
      connected.on('error', drop);
      connected.on('notification', onNotification);
      await connected.query(`LISTEN ${ACCESS_CHANNEL}`);
      client = connected;
      if (stopped) await stop();
    } catch (error) {
      if (!database.availability.report(error)) logger?.warn({ err: error }, 'access listener could not connect');
      if (!stopped) setTimeout(() => void listen(), 1000).unref();
    }
  };
  const stop = async () => {
    stopped = true;
    for (const cache of caches) cache.publish = null;
    const current = client;
    client = null;
    if (!current) return;
    current.off('notification', onNotification);
    await current.query(`UNLISTEN ${ACCESS_CHANNEL}`).catch(() => undefined);
    current.release();
  };
  for (const cache of caches) {
    const prefix = cache.topic ? `${cache.topic}:` : '';
    cache.publish = (key) => {
      // Outside any transaction (the change has committed); a failed NOTIFY leaves the TTL as the bound.
      void pool.query('select pg_notify($1, $2)', [ACCESS_CHANNEL, `${prefix}${key}`]).catch(() => undefined);
    };
  }
  await listen();
  return stop;
}
