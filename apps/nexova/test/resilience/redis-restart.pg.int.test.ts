import { type PrivatePostgres, type PrivateRedis, startPrivatePostgres, startPrivateRedis } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  logLines,
  type NexovaNode,
  nexovaEnv,
  openShop,
  request,
  type Shop,
  startNode,
  stopNode,
} from './stack';

// Redis (shared rate limits) killed under an API process and started again: requests go on without
// limits (fail-open, one warning), readiness says degraded, and the limits come back with Redis.
// Private PostgreSQL and redis-server.

let pg: PrivatePostgres;
let redis: PrivateRedis;
let api: NexovaNode;
let shop: Shop;

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
  api = await startNode('api', nexovaEnv({ DATABASE_URL: pg.url(), REDIS_URL: redis.url }));
  shop = await openShop(api);
}, 120_000);
afterAll(async () => {
  await stopNode(api);
  await redis?.dispose();
  await pg?.dispose();
});

const rateLimitState = async () => {
  const ready = JSON.parse((await request(api.url, 'GET', '/health/ready', {})).body) as {
    checks?: { rate_limits?: { status: string } };
  };
  return ready.checks?.rate_limits?.status;
};

describe('Redis restarted under an API process', () => {
  it('fails open while it is away and enforces limits again once it is back', async () => {
    const before = await shop.call('GET', '/orders?limit=1');
    expect(before.status).toBe(200);
    expect(before.headers.get('ratelimit')).toBeTruthy();
    expect(await rateLimitState()).toBe('ok');

    await redis.stop();
    for (let i = 0; i < 5; i++) expect((await shop.call('GET', '/orders?limit=1')).status).toBe(200);
    expect(await rateLimitState()).toBe('degraded');
    expect(logLines(api, /^rate-limit store unreachable/).length).toBe(1);

    await redis.start();
    await eventually('limits enforced again', async () => {
      const res = await shop.call('GET', '/orders?limit=1');
      return res.status === 200 && (await rateLimitState()) === 'ok' && Boolean(res.headers.get('ratelimit'));
    });
    expect(api.spawned.child.exitCode).toBeNull();
    expect(api.spawned.child.pid).toBe(api.pid);
  }, 90_000);
});
