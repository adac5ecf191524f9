import type { DatabaseHandle } from '@nexova/db';
import type pg from 'pg';

export const NOTIFY_CHANNEL = 'nexova_events';

/**
 * Wakes consumer loops when events commit: LISTEN on PostgreSQL (publish NOTIFYs after the
 * commit), and always a timeout, which is the whole mechanism on PGlite (a short poll).
 */
export class Wakeup {
  private waiters = new Set<() => void>();
  private client: pg.PoolClient | null = null;
  /** Releases the current checkout of `client` (the LISTEN connection). */
  private release: ((destroy?: boolean) => boolean) | null = null;
  private readonly onNotification = () => this.wakeAll();
  private stopped = true;
  private listeners = new Set<() => void>();

  constructor(
    private readonly database: DatabaseHandle,
    private readonly logger?: { warn(obj: object, msg?: string): void },
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    if (this.database.pool) await this.listen();
  }

  private async listen(): Promise<void> {
    const pool = this.database.pool;
    if (!pool || this.stopped) return;
    try {
      const client = await pool.connect();
      const onError = (error: Error) => {
        // A broken connection can emit more than one error, and stop() may already have
        // released it: release (and reconnect) only once per checkout.
        if (!release(true)) return;
        if (this.client === client) this.client = null;
        if (this.stopped) return;
        // An outage is logged once by the database handle; the listener comes back with it.
        if (!this.database.availability.report(error))
          this.logger?.warn({ err: error }, 'event listener connection failed; reconnecting');
        setTimeout(() => void this.listen(), 500).unref();
      };
      const release = this.releaser(client, onError);
      client.on('notification', this.onNotification);
      client.on('error', onError);
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      if (this.stopped) {
        release(); // stop() ran while we were connecting
        return;
      }
      this.client = client;
      this.release = release;
      this.wakeAll(); // anything committed while not listening
    } catch (error) {
      if (!this.database.availability.report(error))
        this.logger?.warn({ err: error }, 'event listener could not connect; polling meanwhile');
      setTimeout(() => void this.listen(), 1000).unref();
    }
  }

  /**
   * Releases one checkout of a client at most once; answers whether this call released it. Per
   * checkout, not per client object: the pool hands the same object out again after a release
   * (a transport stopped and started again), and that checkout must be released too.
   */
  private releaser(client: pg.PoolClient, onError: (error: Error) => void): (destroy?: boolean) => boolean {
    let released = false;
    return (destroy = false) => {
      if (released) return false;
      released = true;
      client.off('notification', this.onNotification);
      // A client kept by the pool must not call this Wakeup on a later checkout's error; a destroyed
      // one keeps the handler, so an error it still emits is not unhandled.
      if (!destroy) client.off('error', onError);
      client.release(destroy);
      return true;
    };
  }

  /** Subscribes to every wake-up (realtime feed). Returns the unsubscribe function. */
  onWake(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  wakeAll(): void {
    for (const waiter of [...this.waiters]) waiter();
    for (const listener of this.listeners) listener();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    const release = this.release;
    this.client = null;
    this.release = null;
    if (client && release) {
      await client.query(`UNLISTEN ${NOTIFY_CHANNEL}`).catch(() => undefined);
      release();
    }
    this.wakeAll();
  }
}
