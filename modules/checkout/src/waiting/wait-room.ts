import { ServiceUnavailableError } from '@nexova/kernel';

/** Why a wait ended: a commit was heard, the fallback re-read is due, the time is up, or the client left. */
export type WakeReason = 'woken' | 'recheck' | 'timeout' | 'aborted';

/**
 * Long-poll waiters of GET /orders/{order_id}/checkout?wait= in this process (issue 11). A waiter
 * holds no database connection: it sleeps here until a commit is heard (wakeAll, from the events
 * backbone's after-commit wake-up), its fallback re-read is due, its time is up or its client
 * disconnects, then re-reads the checkout outside this class. Written here (not a library): it is
 * a set of promises with a timer each, and the count must be bounded and observable.
 */
export class WaitRoom {
  private readonly waiters = new Set<(reason: WakeReason) => void>();
  private closed = false;
  private generation = 0;

  constructor(
    private readonly options: { maxWaiters: number; recheckMs: number },
    private readonly onFirstWaiter?: () => void,
  ) {}

  /** Waiters sleeping now (the `nexova_checkout_waiters` figure; tests check it returns to 0). */
  get active(): number {
    return this.waiters.size;
  }

  /** Over the bound: 503 with Retry-After, so clients back off instead of polling tightly. */
  admit(): void {
    if (this.waiters.size < this.options.maxWaiters) return;
    throw new ServiceUnavailableError('Too many checkout waits are open on this server; retry shortly.', {
      code: 'checkout_wait_busy',
      headers: { 'retry-after': '1' },
    });
  }

  /**
   * Counts the commits heard: a waiter reads it before it reads the checkout and passes it to
   * sleep(), which returns at once when a commit was heard meanwhile — that commit's change may be
   * missing from the read, and its wake-up came before anyone slept (without this, the wait went on
   * to the fallback re-read: about one flow in a hundred waited CHECKOUT_WAIT_RECHECK_MS).
   */
  get seen(): number {
    return this.generation;
  }

  /**
   * Sleeps until woken, the fallback re-read (recheckMs), `ms`, or `signal` aborts — whichever is
   * first; at once ('woken') when a commit was heard since `since` (a value of `seen`).
   */
  sleep(ms: number, signal: AbortSignal, since?: number): Promise<WakeReason> {
    if (signal.aborted) return Promise.resolve('aborted');
    if (this.closed) return Promise.resolve('timeout');
    if (since !== undefined && since !== this.generation) return Promise.resolve('woken');
    if (this.waiters.size === 0) this.onFirstWaiter?.();
    return new Promise((resolve) => {
      const done = (reason: WakeReason) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.waiters.delete(done);
        resolve(reason);
      };
      const onAbort = () => done('aborted');
      const recheck = ms > this.options.recheckMs;
      const timer = setTimeout(() => done(recheck ? 'recheck' : 'timeout'), Math.min(ms, this.options.recheckMs));
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiters.add(done);
    });
  }

  /** The server is closing: every wait ends now (each answers the checkout as it is) and none starts. */
  close(): void {
    this.closed = true;
    for (const waiter of [...this.waiters]) waiter('timeout');
  }

  /** A commit was heard: every waiter re-reads its checkout. */
  wakeAll(): void {
    this.generation++;
    for (const waiter of [...this.waiters]) waiter('woken');
  }
}
