export type RetryPolicy = { maxAttempts: number; baseMs: number; maxMs: number };

/** Exponential backoff with jitter: base·2^(attempt−1), scaled by a random factor in [0.5, 1], capped. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(1, Math.round(exp * (0.5 + random() * 0.5)));
}
