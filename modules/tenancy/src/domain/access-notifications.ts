import type { DatabaseHandle } from '@nexova/db';
import type pg from 'pg';
import type { AccessCache } from './access-cache';

export const ACCESS_CHANNEL = 'nexova_access';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Logger = { warn(obj: object, msg?: string): void };

/**
 * Keeps the replicas' caches of grants in step on PostgreSQL: `cache.forgetWorkspace` NOTIFYs the
 * workspace id on ACCESS_CHANNEL (after the change committed: use-cases call it in afterCommit),
 * and every replica LISTENs on one pooled connection and forgets that workspace when it hears it.
 * The connection comes back after an outage (as the events wake-up does); what was said while it
 * was down is not replayed, so the cache's TTL stays the bound. Nothing on PGlite (one process).
 * Returns the function that stops listening.
 */
export async function listenForAccessChanges(
  database: DatabaseHandle,
  cache: AccessCache,
  logger?: Logger,
): Promise<() => Promise<void>> {
  const pool = database.pool;
  if (!pool || cache.ttlMs === 0) return async () => undefined;
  let stopped = false;
  let client: pg.PoolClient | null = null;
  const onNotification = (message: pg.Notification) => {
    if (message.channel === ACCESS_CHANNEL && message.payload && UUID.test(message.payload)) {
      cache.forgetHere(message.payload.toLowerCase());
    }
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
    cache.publish = null;
    const current = client;
    client = null;
    if (!current) return;
    current.off('notification', onNotification);
    await current.query(`UNLISTEN ${ACCESS_CHANNEL}`).catch(() => undefined);
    current.release();
  };
  cache.publish = (workspaceId) => {
    // Outside any transaction (the change has committed); a failed NOTIFY leaves the TTL as the bound.
    void pool.query('select pg_notify($1, $2)', [ACCESS_CHANNEL, workspaceId]).catch(() => undefined);
  };
  await listen();
  return stop;
}
