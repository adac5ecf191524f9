import { ServiceUnavailableError } from '@nexova/kernel';

/** Why a wait ended: a commit was heard, the fallback re-read is due, the time is up, or the client left. */
export type WakeReason = 'woken' | 'recheck' | 'timeout' | 'aborted';

/** What a waiter waits for: its order's saga to move past the version it holds. */
export type WaitInterest = { workspaceId: string; orderId: string; version: number };

/**
 * The saga versions of some orders of one workspace, read in one statement (absent: no saga). With
 * it, a commit wakes only the waiters whose saga moved: one read per workspace with waiters per
 * commit, instead of one checkout read per waiter (16 clients long-polling one shop re-read every
 * checkout at every checkout commit of that shop without it).
 */
export type VersionProbe = (workspaceId: string, orderIds: string[]) => Promise<Map<string, number>>;

type Waiter = { done: (reason: WakeReason) => void; interest?: WaitInterest };

/**
 * Long-poll waiters of GET /orders/{order_id}/checkout?wait= in this process (issue 11). A waiter
 * holds no database connection: it sleeps here until a commit is heard (wakeAll, from the events
 * backbone's after-commit wake-up) that moved its saga, its fallback re-read is due, its time is up
 * or its client disconnects, then re-reads the checkout outside this class. Written here (not a
 * library): it is a set of promises with a timer each, and the count must be bounded and observable.
 */
export class WaitRoom {
  private readonly waiters = new Set<Waiter>();
  private closed = false;
  private generation = 0;
  private probing: Promise<void> | null = null;
  private probeAgain = false;

  constructor(
    private readonly options: { maxWaiters: number; recheckMs: number; probe?: VersionProbe },
    private readonly onFirstWaiter?: () => void,
    private readonly onProbeError?: (error: unknown) => void,
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
   * sleep(): a commit heard meanwhile may be missing from that read and its wake-up came before
   * anyone slept, so the sleep does not wait for the next one (without this, the wait went on to
   * the fallback re-read: about one flow in a hundred waited CHECKOUT_WAIT_RECHECK_MS).
   */
  get seen(): number {
    return this.generation;
  }

  /**
   * Sleeps until woken, the fallback re-read (recheckMs), `ms`, or `signal` aborts — whichever is
   * first. When a commit was heard since `since` (a value of `seen`): at once ('woken'), or, for a
   * waiter with an interest in a room with a probe, as soon as a probe started after now finds its
   * saga moved. With an interest and a probe, a commit ends the sleep only when the saga moved.
   */
  sleep(ms: number, signal: AbortSignal, since?: number, interest?: WaitInterest): Promise<WakeReason> {
    if (signal.aborted) return Promise.resolve('aborted');
    if (this.closed) return Promise.resolve('timeout');
    const probed = interest !== undefined && this.options.probe !== undefined;
    const missed = since !== undefined && since !== this.generation;
    if (missed && !probed) return Promise.resolve('woken');
    if (this.waiters.size === 0) this.onFirstWaiter?.();
    const sleeping = new Promise<WakeReason>((resolve) => {
      const waiter: Waiter = {
        done: (reason) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          this.waiters.delete(waiter);
          resolve(reason);
        },
        interest: probed ? interest : undefined,
      };
      const onAbort = () => waiter.done('aborted');
      const recheck = ms > this.options.recheckMs;
      const timer = setTimeout(
        () => waiter.done(recheck ? 'recheck' : 'timeout'),
        Math.min(ms, this.options.recheckMs),
      );
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiters.add(waiter);
    });
    if (missed) this.requestProbe();
    return sleeping;
  }

  /** The server is closing: every wait ends now (each answers the checkout as it is) and none starts. */
  close(): void {
    this.closed = true;
    for (const waiter of [...this.waiters]) waiter.done('timeout');
  }

  /** A commit was heard: waiters without an interest re-read at once; the others after a probe says their saga moved. */
  wakeAll(): void {
    this.generation++;
    let probe = false;
    for (const waiter of [...this.waiters]) {
      if (waiter.interest) probe = true;
      else waiter.done('woken');
    }
    if (probe) this.requestProbe();
  }

  /**
   * Runs a probe that starts after this call (so it sees every commit heard so far): at once when
   * none is running (on the next turn, so a burst of wake-ups shares it), else again after it.
   */
  private requestProbe(): void {
    if (this.probing) {
      this.probeAgain = true;
      return;
    }
    this.probing = (async () => {
      do {
        this.probeAgain = false;
        await new Promise<void>((resolve) => setImmediate(resolve));
        await this.probeOnce();
      } while (this.probeAgain);
    })().finally(() => {
      this.probing = null;
    });
  }

  /** One probe per workspace with waiters; a failed probe wakes its waiters (they re-read themselves). */
  private async probeOnce(): Promise<void> {
    const probe = this.options.probe;
    if (!probe) return;
    const byWorkspace = new Map<string, Waiter[]>();
    for (const waiter of this.waiters) {
      if (!waiter.interest) continue;
      const list = byWorkspace.get(waiter.interest.workspaceId) ?? [];
      list.push(waiter);
      byWorkspace.set(waiter.interest.workspaceId, list);
    }
    await Promise.all(
      [...byWorkspace].map(async ([workspaceId, waiters]) => {
        const ids = [...new Set(waiters.map((w) => w.interest?.orderId as string))];
        const versions = await probe(workspaceId, ids).catch((error: unknown) => {
          this.onProbeError?.(error);
          return null;
        });
        for (const waiter of waiters) {
          const now = versions?.get(waiter.interest?.orderId as string);
          if (!versions || now !== waiter.interest?.version) waiter.done('woken');
        }
      }),
    );
  }
}
