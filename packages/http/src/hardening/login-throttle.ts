import { RateLimitedError } from '@nexova/kernel';
import type { LimiterStore } from './limiter-store';
import { rateLimitHeaders } from './rate-limit-headers';

/**
 * Failed-login throttle for the identity module's login use-case, keyed by account (e.g. the
 * normalised e-mail): `check` before verifying the password (429 while locked), `fail` after a
 * wrong one, `reset` after a success. Reaching `maxFailures` in the window locks the account for
 * the window; each further lockout within a day doubles it, up to `maxBackoffSeconds`.
 */
export type LoginThrottle = {
  check(account: string): Promise<void>;
  fail(account: string): Promise<void>;
  reset(account: string): Promise<void>;
};

export type LoginThrottleOptions = { maxFailures: number; windowSeconds: number; maxBackoffSeconds: number };

const POLICY = 'login';

export function createLoginThrottle(store: LimiterStore, options: LoginThrottleOptions): LoginThrottle {
  const { maxFailures, windowSeconds, maxBackoffSeconds } = options;
  const failures = store.limiter(POLICY, maxFailures, windowSeconds);
  const lockouts = store.limiter(`${POLICY}-lockouts`, 1_000_000, 86_400);
  const keyOf = (account: string) => account.trim().toLowerCase();

  return {
    async check(account) {
      const state = await failures.get(keyOf(account));
      if (!state || state.consumed < maxFailures) return;
      const applied = [{ name: POLICY, quota: maxFailures, windowSeconds, state: { ...state, remaining: 0 } }];
      throw new RateLimitedError(
        `Too many failed sign-ins for this account (policy "${POLICY}"); retry in ${state.resetSeconds} s.`,
        {
          extensions: { policy: POLICY },
          headers: { ...rateLimitHeaders(applied), 'retry-after': String(state.resetSeconds) },
        },
      );
    },
    async fail(account) {
      const key = keyOf(account);
      const state = await failures.consume(key);
      if (!state || state.consumed !== maxFailures) return;
      const lockout = await lockouts.consume(key);
      const repeat = Math.max(1, lockout?.consumed ?? 1);
      await failures.block(key, Math.min(maxBackoffSeconds, windowSeconds * 2 ** (repeat - 1)));
    },
    async reset(account) {
      await failures.delete(keyOf(account));
    },
  };
}
