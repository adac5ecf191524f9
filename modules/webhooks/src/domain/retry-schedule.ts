// When a failed delivery is tried again: exponential backoff with ±20% jitter, capped, within a
// window from the first attempt (or the manual redelivery). Pure; `random` is passed for tests.

export type RetryPolicy = { baseMs: number; maxMs: number; windowMs: number };

/** The pause after the `failures`-th failed attempt (1 → base, 2 → 2×base, …), jittered by ±20%. */
export function retryDelayMs(policy: RetryPolicy, failures: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 40));
  return Math.max(1, Math.round(exponential * (0.8 + 0.4 * random())));
}

/** The next attempt after `failures` failed ones at `now`, or null when it would fall past the window. */
export function nextAttemptAt(
  policy: RetryPolicy,
  failures: number,
  retryFrom: Date,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(policy, failures, random));
  return next.getTime() > retryFrom.getTime() + policy.windowMs ? null : next;
}
