import { RateLimitedError } from '@nexova/kernel';
import type { Limiter, LimiterStore, LimitState } from './limiter-store';
import { rateLimitHeaders } from './rate-limit-headers';

/**
 * Failed-login throttle for the identity module's login use-case, keyed by account (the normalised
 * e-mail) AND client (the caller's IP): `check` before verifying the password (429 while locked),
 * `fail` after a wrong one, `reset` after a success. Reaching `maxFailures` in the window locks
 * that account for that client only — so a stranger failing someone's password cannot lock the
 * owner out of their own device — for the window, doubled for each further lockout within a day
 * up to `maxBackoffSeconds`. A ceiling across all clients (`accountMaxFailures` per
 * `accountWindowSeconds`) still stops a guesser spread over many addresses: reaching it locks
 * the account for everyone until its window ends (a success does not clear it).
 */
export type LoginThrottle = {
  check(account: string, client: string): Promise<void>;
  fail(account: string, client: string): Promise<void>;
  reset(account: string, client: string): Promise<void>;
};

export type LoginThrottleOptions = {
  maxFailures: number;
  windowSeconds: number;
  maxBackoffSeconds: number;
  accountMaxFailures: number;
  accountWindowSeconds: number;
};

const POLICY = 'login';
const CEILING = 'login-account';

function locked(name: string, limiter: Limiter, state: LimitState, who: string): RateLimitedError {
  const applied = [
    { name, quota: limiter.points, windowSeconds: limiter.windowSeconds, state: { ...state, remaining: 0 } },
  ];
  return new RateLimitedError(`Too many failed sign-ins ${who} (policy "${name}"); retry in ${state.resetSeconds} s.`, {
    extensions: { policy: name },
    headers: { ...rateLimitHeaders(applied), 'retry-after': String(state.resetSeconds) },
  });
}

export function createLoginThrottle(store: LimiterStore, options: LoginThrottleOptions): LoginThrottle {
  const { maxFailures, windowSeconds, maxBackoffSeconds } = options;
  const failures = store.limiter(POLICY, maxFailures, windowSeconds);
  const lockouts = store.limiter(`${POLICY}-lockouts`, 1_000_000, 86_400);
  const ceiling = store.limiter(CEILING, options.accountMaxFailures, options.accountWindowSeconds);
  const accountOf = (account: string) => account.trim().toLowerCase();
  // The client part goes first and is separated so an e-mail cannot forge another pair's key.
  const pairOf = (account: string, client: string) => `${client}|${accountOf(account)}`;

  return {
    async check(account, client) {
      const pair = await failures.get(pairOf(account, client));
      if (pair && pair.consumed >= maxFailures) throw locked(POLICY, failures, pair, 'for this account from here');
      const all = await ceiling.get(accountOf(account));
      if (all && all.consumed >= options.accountMaxFailures) {
        throw locked(CEILING, ceiling, all, 'for this account');
      }
    },
    async fail(account, client) {
      await ceiling.consume(accountOf(account));
      const key = pairOf(account, client);
      const state = await failures.consume(key);
      if (!state || state.consumed !== maxFailures) return;
      const lockout = await lockouts.consume(key);
      const repeat = Math.max(1, lockout?.consumed ?? 1);
      await failures.block(key, Math.min(maxBackoffSeconds, windowSeconds * 2 ** (repeat - 1)));
    },
    async reset(account, client) {
      await failures.delete(pairOf(account, client));
    },
  };
}
