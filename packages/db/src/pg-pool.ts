import pg from 'pg';
import type { Availability } from './availability';

export type PoolOptions = {
  url: string;
  max: number;
  appRole: string;
  /** How long a query waits for a connection (new or from a full pool) before failing. */
  connectTimeoutMs: number;
};

/**
 * The application's pool, made safe against connections that drop (a database restart):
 * - every client gets an 'error' listener for its whole life — pg-pool listens only while a client
 *   is idle, and an 'error' emitted with no listener ends the process;
 * - a client checked out with `pool.connect()` (drizzle transactions, LISTEN) whose connection
 *   fails is released at once with the error, so the pool drops it: drizzle sends `begin` before its
 *   try/finally, and a failed `begin` would otherwise keep the dead client checked out forever, until
 *   a few restarts leave no connection to give. A later release of the same checkout is a no-op.
 */
export function createPool(options: PoolOptions, availability: () => Availability): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    connectionTimeoutMillis: options.connectTimeoutMs,
    // Every pooled connection starts as the application role (a startup parameter, so no query can
    // run before it takes effect).
    options: `-c role=${options.appRole}`,
  });
  const checkedOut = new Map<pg.PoolClient, (error?: Error) => void>();
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      availability().report(error);
      checkedOut.get(client as pg.PoolClient)?.(error);
    });
  });
  // An idle client that failed: pg-pool has already removed it.
  pool.on('error', (error) => availability().report(error));

  // A connection refused or not had in time is an outage too (no client exists to emit it) —
  // unless every connection of the pool was busy the whole wait: that is a burst queueing for the
  // pool (answered 503 all the same), not a database gone, and must not pause every background loop.
  const reportFailedCheckout = (error: Error) => {
    if (/timeout exceeded when trying to connect/i.test(error.message) && pool.totalCount >= options.max) return;
    availability().report(error);
  };
  type Done = (error: Error | undefined, client?: pg.PoolClient, release?: () => void) => void;
  const connect = pool.connect.bind(pool) as (cb?: Done) => Promise<pg.PoolClient> | undefined;
  pool.connect = ((callback?: Done) => {
    if (callback) {
      return connect((error, client, release) => {
        if (error) reportFailedCheckout(error);
        callback(error, client, release); // pool.query's own checkout: it releases on every path
      });
    }
    return (connect() as Promise<pg.PoolClient>).then(
      (client) => {
        const release = client.release.bind(client);
        let released = false;
        const once = (error?: Error | boolean) => {
          if (released) return;
          released = true;
          checkedOut.delete(client);
          release(error);
        };
        checkedOut.set(client, (error) => once(error));
        client.release = once;
        return client;
      },
      (error: Error) => {
        reportFailedCheckout(error);
        throw error;
      },
    );
  }) as typeof pool.connect;
  return pool;
}
