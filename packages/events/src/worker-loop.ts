import type { Wakeup } from './wakeup';

/** Something a loop needs that can go away for a while (the database, NATS); it logs its own outages, once each. */
export type Dependency = {
  readonly reachable: boolean;
  /** True when `error` is this dependency's outage rather than a failure of the step. */
  report(error: unknown): boolean;
};

export type LoopOptions = {
  /** The loop runs while this answers true (checked before every step). */
  running(): boolean;
  wakeup: Wakeup;
  pollMs: number;
  /** After a failure the loop waits pollMs·2^failures, with failures counted up to maxDoublings, capped at capMs. */
  maxDoublings: number;
  capMs: number;
  onError(error: unknown): void;
  /** An error that is one of these being unreachable pauses the loop until it is back, without onError. */
  dependencies?: Dependency[];
};

/**
 * Runs `step` until the transport stops. A step waits on its own when it found no work; a step that
 * throws is reported and retried after an exponential pause that a wake-up (new events, stop) cuts
 * short. When the step failed because a dependency is unreachable, the loop instead waits quietly
 * until the dependency answers again (its outage is logged once, by the dependency).
 */
export async function runLoop(options: LoopOptions, step: () => Promise<void>): Promise<void> {
  let failures = 0;
  while (options.running()) {
    try {
      await step();
      failures = 0;
    } catch (error) {
      failures++;
      const outage = options.dependencies?.find((d) => d.report(error));
      if (outage) {
        while (options.running() && !outage.reachable) await options.wakeup.wait(Math.max(options.pollMs, 250));
      } else {
        options.onError(error);
      }
      await options.wakeup.wait(
        Math.min(options.capMs, options.pollMs * 2 ** Math.min(failures, options.maxDoublings)),
      );
    }
  }
}
