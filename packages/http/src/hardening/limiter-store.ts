import { createRequire } from 'node:module';
import type { Redis as RedisClient } from 'ioredis';
import type { Registry } from 'prom-client';
import { Counter } from 'prom-client';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

type Log = { warn(obj: object, msg: string): void };

/** One quota (points per window) over keys. `consume` resolves with the state after this call. */
export type Limiter = {
  points: number;
  windowSeconds: number;
  /** `null` when the store is unreachable: the caller lets the request through (fail-open). */
  consume(key: string, cost?: number): Promise<LimitState | null>;
  get(key: string): Promise<LimitState | null>;
  block(key: string, seconds: number): Promise<void>;
  delete(key: string): Promise<void>;
};

export type LimitState = { allowed: boolean; remaining: number; consumed: number; resetSeconds: number };

export type LimiterStore = {
  kind: 'memory' | 'redis';
  limiter(name: string, points: number, windowSeconds: number): Limiter;
  /** Readiness: `degraded` while Redis is unreachable (limits are then not enforced). */
  health(): Promise<{ ok: boolean; degraded?: boolean; detail?: string }>;
  /** Waits (at most `ms`) for Redis to connect; the limits fail open until it does. */
  waitReady(ms: number): Promise<void>;
  close(): Promise<void>;
};

export type LimiterStoreOptions = { redisUrl?: string; keyPrefix: string; log: Log; metrics: Registry };

const toState = (res: RateLimiterRes, points: number): LimitState => ({
  allowed: res.consumedPoints <= points,
  remaining: Math.max(0, res.remainingPoints),
  consumed: res.consumedPoints,
  resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/**
 * Rate-limit counters in process, or in Redis when a URL is given (one quota for every replica).
 * Redis errors fail open: the request is served, a warning is logged at most once a minute and
 * `nexova_rate_limit_store_errors_total` counts every miss.
 */
const loadIoredis = () => createRequire(import.meta.url)('ioredis') as typeof import('ioredis');

export function createLimiterStore(options: LimiterStoreOptions): LimiterStore {
  const errors =
    (options.metrics.getSingleMetric('nexova_rate_limit_store_errors_total') as Counter | undefined) ??
    new Counter({
      name: 'nexova_rate_limit_store_errors_total',
      help: 'Rate-limit checks let through because the store (Redis) failed.',
      registers: [options.metrics],
    });
  // ioredis is loaded only when REDIS_URL is set (~25 MB and ~0.2 s of start-up otherwise, issue 11).
  const redis: RedisClient | undefined = options.redisUrl
    ? new (loadIoredis().Redis)(options.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2000,
      })
    : undefined;
  let lastWarn = 0;
  let lastError = '';
  redis?.on('error', (error: Error) => {
    lastError = error.message;
  });
  const failOpen = (error: unknown): null => {
    errors.inc();
    lastError = (error as Error)?.message ?? String(error);
    if (Date.now() - lastWarn > 60_000) {
      lastWarn = Date.now();
      options.log.warn({ err: error }, 'rate-limit store unreachable; serving requests without limits');
    }
    return null;
  };

  return {
    kind: redis ? 'redis' : 'memory',
    limiter(name, points, windowSeconds) {
      const opts = { keyPrefix: `${options.keyPrefix}:${name}`, points, duration: windowSeconds };
      const rl = redis
        ? new RateLimiterRedis({ ...opts, storeClient: redis, rejectIfRedisNotReady: true })
        : new RateLimiterMemory(opts);
      const settle = async (run: () => Promise<RateLimiterRes | null>): Promise<LimitState | null> => {
        try {
          const res = await run();
          return res ? toState(res, points) : { allowed: true, remaining: points, consumed: 0, resetSeconds: 0 };
        } catch (error) {
          if (error instanceof RateLimiterRes) return toState(error, points);
          return failOpen(error);
        }
      };
      return {
        points,
        windowSeconds,
        consume: (key, cost = 1) => settle(() => rl.consume(key, cost)),
        get: (key) => settle(() => rl.get(key)),
        block: async (key, seconds) => {
          await rl.block(key, seconds).catch(failOpen);
        },
        delete: async (key) => {
          await rl.delete(key).catch(failOpen);
        },
      };
    },
    async health() {
      if (!redis) return { ok: true, detail: 'in-process counters (one replica)' };
      if (redis.status === 'ready') return { ok: true };
      return { ok: true, degraded: true, detail: `Redis ${redis.status}: limits not enforced (${lastError})` };
    },
    async waitReady(ms) {
      if (!redis || redis.status === 'ready') return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          redis?.off('ready', done);
          resolve();
        }
        redis.once('ready', done);
      });
      if ((redis.status as string) !== 'ready') failOpen(new Error(`Redis not ready after ${ms} ms (${lastError})`));
    },
    async close() {
      if (redis) redis.disconnect();
    },
  };
}
