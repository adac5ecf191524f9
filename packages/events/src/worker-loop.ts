import type { Wakeup } from './wakeup';

export type LoopOptions = {
  /** The loop runs while this answers true (checked before every step). */
  running(): boolean;
  wakeup: Wakeup;
  pollMs: number;
  /** After a failure the loop waits pollMs·2^failures, with failures counted up to maxDoublings, capped at capMs. */
  maxDoublings: number;
  capMs: number;
  onError(error: unknown): void;
};

/**
 * Runs `step` until the transport stops. A step waits on its own when it found no work; a step that
 * throws is reported and retried after an exponential pause that a wake-up (new events, stop) cuts short.
 */
export async function runLoop(options: LoopOptions, step: () => Promise<void>): Promise<void> {
  let failures = 0;
  while (options.running()) {
    try {
      await step();
      failures = 0;
    } catch (error) {
      failures++;
      options.onError(error);
      await options.wakeup.wait(
        Math.min(options.capMs, options.pollMs * 2 ** Math.min(failures, options.maxDoublings)),
      );
    }
  }
}
