import {
  BrokenCircuitError,
  type CircuitBreakerPolicy,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
} from 'cockatiel';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { SendError } from './send-error';

export type GuardSettings = { sendsPerSecond: number; breakerFailures: number; breakerCooldownMs: number };

/** A send the guard held back: it waits until `until` without spending an attempt. */
export class Deferred {
  constructor(
    readonly until: Date,
    readonly reason: 'rate_limited' | 'circuit_open',
  ) {}
}

export type ChannelGuard = {
  /** Runs `send` if the channel's rate and circuit allow it now; otherwise says until when to wait. */
  send<T>(channelId: string, send: () => Promise<T>): Promise<T | Deferred>;
  /** closed, open or half-open (for logs and tests). */
  state(channelId: string): string;
};

// Per channel, in this worker process: a fixed-window rate (rate-limiter-flexible, as the HTTP
// limits use) and a consecutive-failures circuit breaker (cockatiel: closed → open after N
// retryable failures → half-open after the cooldown, one trial send closes or reopens it). A refusal
// from the provider that no retry can fix (a 400, a wrong token) does not count against the circuit.
export function channelGuard(s: GuardSettings, onBreak?: (channelId: string) => void): ChannelGuard {
  const limiter = new RateLimiterMemory({ points: s.sendsPerSecond, duration: 1, keyPrefix: 'channel-sends' });
  const breakers = new LRUCache<string, CircuitBreakerPolicy>({ max: 10_000 });
  const breakerOf = (channelId: string) => {
    let breaker = breakers.get(channelId);
    if (!breaker) {
      breaker = circuitBreaker(
        handleWhen((e) => !(e instanceof SendError) || e.retryable),
        { halfOpenAfter: s.breakerCooldownMs, breaker: new ConsecutiveBreaker(s.breakerFailures) },
      );
      breaker.onBreak(() => onBreak?.(channelId));
      breakers.set(channelId, breaker);
    }
    return breaker;
  };
  return {
    async send(channelId, send) {
      try {
        await limiter.consume(channelId);
      } catch (refused) {
        if (refused instanceof RateLimiterRes)
          return new Deferred(new Date(Date.now() + refused.msBeforeNext), 'rate_limited');
        throw refused;
      }
      try {
        return await breakerOf(channelId).execute(send);
      } catch (error) {
        if (error instanceof BrokenCircuitError)
          return new Deferred(new Date(Date.now() + s.breakerCooldownMs), 'circuit_open');
        throw error;
      }
    },
    state: (channelId) => {
      const state = breakers.get(channelId)?.state;
      return state === undefined ? 'closed' : (['closed', 'open', 'half-open', 'isolated'][state] ?? String(state));
    },
  };
}
