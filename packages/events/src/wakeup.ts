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
      client.on('notification', () => this.wakeAll());
      client.on('error', (error) => {
        // A broken connection can emit more than one error, and stop() may already have
        // released it: release (and reconnect) only once per client.
        if (!this.releaseOnce(client, true)) return;
        if (this.client === client) this.client = null;
        if (this.stopped) return;
        this.logger?.warn({ err: error }, 'event listener connection failed; reconnecting');
        setTimeout(() => void this.listen(), 500).unref();
      });
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      if (this.stopped) {
        this.releaseOnce(client); // stop() ran while we were connecting
        return;
      }
      this.client = client;
      this.wakeAll(); // anything committed while not listening
    } catch (error) {
      this.logger?.warn({ err: error }, 'event listener could not connect; polling meanwhile');
      setTimeout(() => void this.listen(), 1000).unref();
    }
  }

  private released = new WeakSet<pg.PoolClient>();

  /** Releases a client at most once; answers whether this call released it. */
  private releaseOnce(client: pg.PoolClient, destroy = false): boolean {
    if (this.released.has(client)) return false;
    this.released.add(client);
    client.release(destroy);
    return true;
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
    this.client = null;
    if (client) {
      await client.query(`UNLISTEN ${NOTIFY_CHANNEL}`).catch(() => undefined);
      this.releaseOnce(client);
    }
    this.wakeAll();
  }
}
