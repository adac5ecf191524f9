import { isDatabaseUnavailable } from './unavailable';

export type AvailabilityLogger = {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
};

/**
 * Whether the database answers, as this process last saw it. Anything that meets a connection
 * failure reports it; the first report of an outage logs one warning and starts a probe (one
 * `select 1` a second) that logs once more when the database answers again. Background loops wait on
 * `reachable` instead of failing (and logging) on every poll.
 */
export type Availability = {
  readonly reachable: boolean;
  /** True when `error` means the database is unreachable (the outage is then tracked until it ends). */
  report(error: unknown): boolean;
  /** Stops the probe (the database is closing). */
  close(): void;
};

/** The embedded database has no connection to lose. */
export const alwaysReachable: Availability = { reachable: true, report: () => false, close: () => undefined };

export function trackAvailability(
  probe: () => Promise<unknown>,
  logger?: AvailabilityLogger,
  probeEveryMs = 1000,
): Availability {
  let reachable = true;
  let since = 0;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const check = async () => {
    timer = null;
    if (closed) return;
    try {
      await probe();
      reachable = true;
      logger?.info({ downMs: Date.now() - since }, 'database reachable again; resuming');
    } catch {
      if (!closed) timer = setTimeout(check, probeEveryMs).unref();
    }
  };
  return {
    get reachable() {
      return reachable;
    },
    report(error) {
      if (!isDatabaseUnavailable(error)) return false;
      if (reachable && !closed) {
        reachable = false;
        since = Date.now();
        logger?.warn(
          { err: error },
          'database unreachable; requests answer 503 and background work pauses until it is back',
        );
        timer = setTimeout(check, probeEveryMs).unref();
      }
      return true;
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
    },
  };
}
