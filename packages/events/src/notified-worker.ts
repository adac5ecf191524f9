import { type DatabaseHandle, isDatabaseUnavailable } from '@nexova/db';
import type { EventWorker } from './transport-options';
import { sharedWakeup } from './wakeup';

export type NotifiedWorkerOptions = {
  database: DatabaseHandle;
  /** The channel its work rows are announced on (notifyAfterCommit after they commit). */
  channel: string;
  /** Longest wait while LISTENing: only a safety net for a missed notification. */
  idleMs: number;
  /** The wait when nothing LISTENs (PGlite, or the LISTEN connection is down): a plain poll. */
  pollMs: number;
  /** Whether a notification's payload is news to this worker (Wakeup.setFilter); absent: every one is. */
  accept?: (payload: string) => boolean;
  logger?: { error(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
};

/**
 * What a tick found: `true` more work right now; a number of milliseconds until its next known
 * due item; `false` nothing to do that it knows of.
 */
export type TickResult = boolean | number;

/**
 * A background loop that sleeps until its channel is notified, its next due item comes, or the
 * fallback (idleMs while LISTENing, else pollMs) runs out — so an idle worker sends no statements
 * but one per idleMs. After the LISTEN connection comes back, every waiter runs one catch-up pass.
 */
export function notifiedWorker(
  name: string,
  options: NotifiedWorkerOptions,
  tick: () => Promise<TickResult>,
): EventWorker {
  const shared = sharedWakeup(options.database, options.logger);
  const { wakeup } = shared;
  let running = false;
  let loop: Promise<void> = Promise.resolve();
  return {
    name,
    start: async () => {
      if (running) return;
      running = true;
      await shared.start();
      if (options.accept) wakeup.setFilter(options.channel, options.accept);
      await wakeup.listenTo(options.channel);
      loop = (async () => {
        while (running) {
          let result: TickResult = false;
          const seen = wakeup.seen;
          try {
            result = await tick();
          } catch (error) {
            // A database outage is logged once by the database handle; the next tick tries again.
            if (!isDatabaseUnavailable(error))
              options.logger?.error({ err: error, worker: name }, 'worker tick failed');
          }
          if (!running || result === true) continue;
          const fallback = wakeup.listening ? options.idleMs : options.pollMs;
          const ms = typeof result === 'number' ? Math.min(Math.max(result, 0), fallback) : fallback;
          await wakeup.wait(ms, options.channel, seen);
        }
      })();
    },
    stop: async () => {
      if (!running) return;
      running = false;
      wakeup.wake(options.channel);
      await loop;
      await shared.stop();
    },
  };
}
