import type { DatabaseHandle } from '@nexova/db';
import type pg from 'pg';

export const NOTIFY_CHANNEL = 'nexova_events';

/** PGlite's in-process LISTEN: its callback runs when a transaction that notified commits. */
type InProcessListener = { listen(channel: string, cb: (payload: string) => void): Promise<() => Promise<void>> };

/**
 * Wakes consumer loops when events commit: LISTEN on PostgreSQL (publish NOTIFYs after the
 * commit) on one pooled connection; on PGlite its in-process LISTEN (every writer is this process,
 * so every commit is heard). And always a timeout: the idle fallback, or a short poll while nothing
 * listens. Besides the event channel it can listen on more channels (`listenTo`: timers, webhook
 * deliveries, Stripe requests), each waking only its own waiters.
 */
export class Wakeup {
  private waiters = new Map<string, Set<() => void>>();
  private channels = new Set<string>([NOTIFY_CHANNEL]);
  private client: pg.PoolClient | null = null;
  /** Releases the current checkout of `client` (the LISTEN connection). */
  private release: ((destroy?: boolean) => boolean) | null = null;
  private readonly onNotification = (message: { channel: string; payload?: string }) => {
    const accept = this.filters.get(message.channel);
    if (accept && message.payload && !accept(message.payload)) return; // nothing for its waiters
    this.wake(message.channel, message.payload || undefined);
  };
  /** Loops woken on the event channel only by commits of the types they handle (interest()). */
  private interests = new Set<Interest>();
  /** Per channel: whether a notification's payload is news to its waiters (setFilter). */
  private filters = new Map<string, (payload: string) => boolean>();
  private stopped = true;
  private listeners = new Set<(type?: string) => void>();

  constructor(
    private readonly database: DatabaseHandle,
    private readonly logger?: { warn(obj: object, msg?: string): void },
  ) {}

  /** PGlite: the unlisten function of each channel listened to in process (null: not listening so). */
  private inProcess: (() => Promise<void>)[] | null = null;

  async start(): Promise<void> {
    this.stopped = false;
    if (this.database.pool) await this.listen();
    else await this.listenInProcess();
  }

  private inProcessClient(): InProcessListener | null {
    const client = (this.database.db as unknown as { $client?: Partial<InProcessListener> }).$client;
    return typeof client?.listen === 'function' ? (client as InProcessListener) : null;
  }

  private async listenInProcess(): Promise<void> {
    const client = this.inProcessClient();
    if (!client || this.inProcess) return;
    const unlisten: (() => Promise<void>)[] = [];
    this.inProcess = unlisten;
    for (const channel of this.channels) unlisten.push(await this.hear(client, channel));
    this.wakeAll(); // anything committed before: every loop runs one catch-up pass
  }

  private hear(client: InProcessListener, channel: string): Promise<() => Promise<void>> {
    return client.listen(channel, (payload) => this.onNotification({ channel, payload }));
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
      for (const channel of this.channels) await client.query(`LISTEN ${channel}`);
      if (this.stopped) {
        release(); // stop() ran while we were connecting
        return;
      }
      this.client = client;
      this.release = release;
      this.wakeAll(); // anything committed while not listening: every loop runs one catch-up pass
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

  /**
   * Lets `accept` decide, from a notification's payload, whether it wakes the waiters of `channel`
   * (a notification without payload always does).
   */
  setFilter(channel: string, accept: (payload: string) => boolean): void {
    this.filters.set(channel, accept);
  }

  /**
   * An interest in commits of `types` on the event channel: its wait ends when a commit published
   * one of them (publish notifies with the event's type), on a notification without a type, on
   * wakeAll (a reconnect's catch-up, stop) or on time — not for commits of other types, which the
   * plain waiters and onWake listeners still hear. `drop()` when the loop ends.
   */
  interest(types: Iterable<string>): Interest {
    const interest = new Interest(new Set(types), () => this.interests.delete(interest));
    this.interests.add(interest);
    return interest;
  }

  /**
   * Subscribes to every wake-up (realtime feed), told the committed event type when the
   * notification carried one (undefined: anything may have changed). Returns the unsubscribe function.
   */
  onWake(listener: (type?: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * True while the LISTEN connection is up: a commit then wakes waiters at once, so a loop may
   * wait long (its idle fallback); otherwise (PGlite, an outage, connecting) it must keep polling.
   */
  get listening(): boolean {
    return this.client !== null || this.inProcess !== null;
  }

  /** Also LISTENs on `channel` (now if connected, and on every reconnect). */
  async listenTo(channel: string): Promise<void> {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Invalid channel name ${channel}`);
    if (this.channels.has(channel)) return;
    this.channels.add(channel);
    const client = this.inProcess ? this.inProcessClient() : null;
    if (this.inProcess && client) this.inProcess.push(await this.hear(client, channel));
    await this.client?.query(`LISTEN ${channel}`).catch(() => undefined); // a broken connection reconnects with it
  }

  private generation = 0;

  /**
   * Counts wake-ups (of any channel): a loop reads it before looking for work and passes it to
   * wait(), which then returns at once if a wake-up came meanwhile (it would be lost otherwise).
   */
  get seen(): number {
    return this.generation;
  }

  /**
   * Resolves after `ms`, or when `channel` is notified (or every waiter is woken), whichever is
   * first — at once when a wake-up came since `since` (a value of `seen`).
   */
  wait(ms: number, channel: string = NOTIFY_CHANNEL, since?: number): Promise<void> {
    if (since !== undefined && since !== this.generation) return Promise.resolve();
    return new Promise((resolve) => {
      const waiting = this.waiters.get(channel) ?? new Set<() => void>();
      this.waiters.set(channel, waiting);
      const done = () => {
        clearTimeout(timer);
        waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiting.add(done);
    });
  }

  /**
   * Wakes the waiters of one channel (and, for the event channel, the realtime listeners and the
   * interests in `type` — every interest when the type is not given).
   */
  wake(channel: string, type?: string): void {
    this.generation++;
    for (const waiter of [...(this.waiters.get(channel) ?? [])]) waiter();
    if (channel !== NOTIFY_CHANNEL) return;
    for (const interest of this.interests) if (type === undefined || interest.types.has(type)) interest.wake();
    for (const listener of this.listeners) listener(type);
  }

  wakeAll(): void {
    this.generation++;
    for (const set of this.waiters.values()) for (const waiter of [...set]) waiter();
    for (const interest of this.interests) interest.wake();
    for (const listener of this.listeners) listener();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const heard = this.inProcess;
    this.inProcess = null;
    for (const unlisten of heard ?? []) await unlisten().catch(() => undefined);
    const client = this.client;
    const release = this.release;
    this.client = null;
    this.release = null;
    if (client && release) {
      await client.query('UNLISTEN *').catch(() => undefined);
      release();
    }
    this.wakeAll();
  }
}

/** One loop's interest in the event channel (Wakeup.interest). */
export class Interest {
  private generation = 0;
  private waiter: (() => void) | null = null;

  constructor(
    readonly types: ReadonlySet<string>,
    readonly drop: () => void,
  ) {}

  /** Counts this interest's wake-ups: read before looking for work, pass to wait(). */
  get seen(): number {
    return this.generation;
  }

  /** Resolves after `ms` or at the next wake-up — at once when one came since `since`. */
  wait(ms: number, since?: number): Promise<void> {
    if (since !== undefined && since !== this.generation) return Promise.resolve();
    this.waiter?.(); // one waiter per loop: a second wait ends the first
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.waiter === done) this.waiter = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiter = done;
    });
  }

  wake(): void {
    this.generation++;
    this.waiter?.();
  }
}

const shared = new WeakMap<DatabaseHandle, { wakeup: Wakeup; users: number }>();

/**
 * One Wakeup per database handle for the background workers (timers, webhook sender, Stripe
 * submitter), so they share one LISTEN connection; it LISTENs while at least one of them runs.
 */
export function sharedWakeup(
  database: DatabaseHandle,
  logger?: { warn(obj: object, msg?: string): void },
): { wakeup: Wakeup; start(): Promise<void>; stop(): Promise<void> } {
  let entry = shared.get(database);
  if (!entry) {
    entry = { wakeup: new Wakeup(database, logger), users: 0 };
    shared.set(database, entry);
  }
  const e = entry;
  return {
    wakeup: e.wakeup,
    start: async () => {
      if (e.users++ === 0) await e.wakeup.start();
    },
    stop: async () => {
      if (--e.users === 0) await e.wakeup.stop();
    },
  };
}
