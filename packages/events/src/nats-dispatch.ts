import type { JsMsg } from '@nats-io/jetstream';
import { type RetryPolicy, retryDelayMs } from './backoff';
import { type LogPosition, laterPosition } from './checkpoint';
import type { EventEnvelope } from './envelope';

/** A fetched message this worker holds: its event, its partition key and the connection it came on. */
export type Held = { msg: JsMsg; event: EventEnvelope; key: string; connection: unknown };

/** What handling a partition's messages committed: how far in the log, and how many it applied. */
export type Handled = { top: LogPosition | null; applied: number };

/** Tells the dispatcher which messages are settled (acknowledged) while a handle() call goes on. */
export type Settle = (msgs: JsMsg[]) => void;

export type DispatchOptions = {
  /** Transactions in flight at once (NATS_CONCURRENCY), each holding a database connection. */
  concurrency: number;
  /** Most events one handle() call takes (several partitions together, up to EVENTS_BATCH_SIZE). */
  maxEvents: number;
  retry: RetryPolicy;
  /** The durables' ack wait: held messages are marked in progress every third of it. */
  ackWaitMs: number;
  /** False once the transport is stopping: what is in hand is finished, nothing new starts. */
  running(): boolean;
  /** The open connection: a message fetched on another one cannot be acknowledged, so it is dropped. */
  connection(): unknown;
  /**
   * Handles the messages of one or more partitions (each partition's in arrival order) and
   * acknowledges them once committed, reporting them to `settled`; throws if some did not commit.
   */
  handle(parts: Held[][], settled: Settle): Promise<Handled>;
  /** Moves the consumer's checkpoint (bookkeeping: status and lag). */
  advance(top: LogPosition, applied: number): Promise<void>;
  /** How often, at most, the checkpoint moves (the position reached is moved at most this late). */
  checkpointEveryMs: number;
};

const nak = (msg: JsMsg, delayMs?: number) => {
  try {
    msg.nak(delayMs);
  } catch {
    // connection gone; redelivered after ack_wait
  }
};

/**
 * The messages one pull loop (a consumer's durable on one domain) has fetched, handled as they
 * arrive — not fetch by fetch (issue 11). Each handle() call takes the partitions waiting (up to
 * maxEvents events) in order of arrival; a partition key is in at most ONE call at a time and its
 * messages are taken in arrival order, so a key's events stay in log order. Up to `concurrency`
 * calls run side by side, and the messages of a key that arrive while it is in hand wait for its
 * next call. Nothing waits for the slowest partition of a fetch (the former group barrier), and the
 * pull loop fetches the next batch while this one is handled.
 *
 * Every held message is marked in progress every third of the ack wait, so a live worker never
 * leaves one to it. A transaction that did not commit (database down) naks its messages and every
 * one not started yet, with backoff, and is reported to the pull loop (takeFailure), which backs off.
 * close() (the loop ends: stopping) lets the transactions in flight finish and naks the rest at once,
 * so another worker takes them over without waiting.
 */
export class Dispatcher {
  private readonly held = new Set<JsMsg>();
  private readonly pending = new Map<string, Held[]>();
  /** Keys with pending messages and no transaction in flight, in order of arrival. */
  private readonly ready: string[] = [];
  private readonly busy = new Set<string>();
  /** handle() calls in flight. */
  private running = 0;
  private pumping = false;
  private failure: { error: unknown } | null = null;
  private waiters: (() => void)[] = [];
  private top: LogPosition | null = null;
  private applied = 0;
  private advancing: Promise<void> | null = null;
  private advancedAt = 0;
  private later: NodeJS.Timeout | null = null;
  private readonly beat: NodeJS.Timeout;

  constructor(private readonly options: DispatchOptions) {
    this.beat = setInterval(() => this.renew(), Math.max(250, Math.floor(options.ackWaitMs / 3)));
    this.beat.unref();
  }

  /** Takes a fetched message for its partition; it is handled as soon as the partition is free. */
  add(held: Held): void {
    this.held.add(held.msg);
    const queue = this.pending.get(held.key);
    if (queue) queue.push(held);
    else {
      this.pending.set(held.key, [held]);
      if (!this.busy.has(held.key)) this.ready.push(held.key);
    }
    this.schedule();
  }

  /**
   * Pumps once the messages read in this turn are all added (a fetch yields a burst of them one
   * microtask apart): the first call then takes the burst together instead of its first message.
   */
  private schedule(): void {
    if (this.pumping) return;
    this.pumping = true;
    setImmediate(() => {
      this.pumping = false;
      this.pump();
    });
  }

  /** The failure of a transaction since the last call (the pull loop throws it and backs off). */
  takeFailure(): unknown {
    const failure = this.failure;
    this.failure = null;
    this.pump();
    return failure?.error;
  }

  /** Resolves once at most `limit` messages are held (or on a failure, or when stopping). */
  async until(limit: number): Promise<void> {
    while (this.held.size > limit && !this.failure && this.options.running()) await this.changed();
  }

  /** Lets the transactions in flight finish, hands back what was not started, moves the checkpoint. */
  async close(): Promise<void> {
    while (this.running > 0) await this.changed();
    clearInterval(this.beat);
    if (this.later) clearTimeout(this.later);
    this.later = null;
    this.handBack();
    while (this.advancing) await this.advancing;
    await this.advance(true); // a failure here is left for the next start (the inbox carries delivery)
    while (this.advancing) await this.advancing;
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private renew(): void {
    for (const msg of this.held) {
      try {
        msg.working();
      } catch {
        // connection gone; the messages come back after ack_wait
      }
    }
  }

  private pump(): void {
    while (this.running < this.options.concurrency && this.ready.length > 0) {
      if (this.failure || !this.options.running()) return;
      // Fetched on a connection since closed: it cannot be acknowledged, JetStream redelivers it.
      const connection = this.options.connection();
      const keys: string[] = [];
      const parts: Held[][] = [];
      let events = 0;
      while (this.ready.length > 0 && (events === 0 || events < this.options.maxEvents)) {
        const key = this.ready.shift() as string;
        const batch = this.pending.get(key) ?? [];
        this.pending.delete(key);
        const live = batch.filter((h) => h.connection === connection);
        for (const h of batch) if (h.connection !== connection) this.held.delete(h.msg);
        if (live.length === 0) continue;
        this.busy.add(key);
        keys.push(key);
        parts.push(live);
        events += live.length;
      }
      if (parts.length === 0) continue;
      this.running++;
      void this.run(keys, parts);
    }
  }

  private async run(keys: string[], parts: Held[][]): Promise<void> {
    const settled: Settle = (msgs) => {
      for (const msg of msgs) this.held.delete(msg);
    };
    try {
      const done = await this.options.handle(parts, settled);
      if (done.top) this.top = laterPosition(this.top, done.top);
      this.applied += done.applied;
    } catch (error) {
      this.failure ??= { error };
      for (const h of parts.flat()) {
        if (this.held.delete(h.msg)) nak(h.msg, retryDelayMs(this.options.retry, h.msg.info.deliveryCount));
      }
      this.handBack(true);
    } finally {
      for (const h of parts.flat()) this.held.delete(h.msg);
      this.running--;
      for (const key of keys) {
        this.busy.delete(key);
        if (this.pending.has(key)) this.ready.push(key);
      }
      void this.advance(false);
      this.pump();
      this.notify();
    }
  }

  /** Naks every message not started yet (with backoff after a failure, at once when stopping). */
  private handBack(backoff = false): void {
    const connection = this.options.connection();
    for (const queue of this.pending.values()) {
      for (const h of queue) {
        this.held.delete(h.msg);
        if (h.connection === connection)
          nak(h.msg, backoff ? retryDelayMs(this.options.retry, h.msg.info.deliveryCount) : undefined);
      }
    }
    this.pending.clear();
    this.ready.length = 0;
  }

  /**
   * Moves the checkpoint to the furthest position committed so far, at most every checkpointEveryMs
   * (the last move of a burst a timer's while later) — one statement per interval, not one per
   * transaction, outside the partitions' transactions (so they do not queue on its row lock).
   */
  private async advance(force: boolean): Promise<void> {
    if (this.advancing || !this.top) return;
    const wait = this.advancedAt + this.options.checkpointEveryMs - Date.now();
    if (!force && wait > 0) {
      this.later ??= setTimeout(() => {
        this.later = null;
        void this.advance(false);
      }, wait);
      this.later.unref();
      return;
    }
    const [top, applied] = [this.top, this.applied];
    this.top = null;
    this.applied = 0;
    this.advancedAt = Date.now();
    this.advancing = this.options
      .advance(top, applied)
      .catch((error) => {
        // Put back, for the next move; the pull loop reports the failure and backs off.
        this.top = laterPosition(this.top, top);
        this.applied += applied;
        this.failure ??= { error };
      })
      .finally(() => {
        this.advancing = null;
        this.notify();
        if (this.top && !this.failure) void this.advance(false); // what committed meanwhile
      });
    await this.advancing;
  }
}
