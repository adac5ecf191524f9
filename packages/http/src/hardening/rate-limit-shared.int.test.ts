import { createTestDatabase, services, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './harness';
import { env, ip, routes } from './rate-limit.fixture';

// With REDIS_URL set (CI), two app instances share one quota; an unreachable Redis fails this suite.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.dispose();
});

describe(services.redisUrl ? 'limits shared by two instances through Redis' : 'in-process limits', () => {
  it(services.redisUrl ? 'one quota across both replicas' : 'each process counts on its own', async () => {
    const prefix = `nexova:test:${crypto.randomUUID()}`;
    const shared = { ...env, RATE_LIMIT_KEY_PREFIX: prefix };
    const second = await buildTestApp(db, [{ name: 'test', plugin: routes }], shared);
    const first = await buildTestApp(db, [{ name: 'test', plugin: routes }], shared);
    try {
      const remoteAddress = ip();
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? first : second).inject({ method: 'GET', url: '/api/v1/things', remoteAddress }),
        ),
      );
      const passed = results.filter((r) => r.statusCode === 200).length;
      expect(passed).toBe(services.redisUrl ? 30 : 40);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('Redis down', () => {
  it('serves requests (fail-open), counts the misses and reports degraded readiness', async () => {
    // A port nothing listens on: the store can never connect.
    const down = await buildTestApp(db, [{ name: 'test', plugin: routes }], {
      ...env,
      RATE_LIMIT_IP: '2',
      REDIS_URL: 'redis://127.0.0.1:9',
    });
    try {
      const remoteAddress = ip();
      for (let i = 0; i < 4; i++) {
        const res = await down.inject({ method: 'GET', url: '/api/v1/things', remoteAddress });
        expect(res.statusCode).toBe(200);
        expect(res.headers.ratelimit).toBeUndefined();
      }
      const ready = await down.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'degraded', checks: { rate_limits: { status: 'degraded' } } });
      const metrics = await down.inject({ method: 'GET', url: '/metrics' });
      const misses = Number(metrics.body.match(/^nexova_rate_limit_store_errors_total (\d+)/m)?.[1]);
      expect(misses).toBeGreaterThanOrEqual(4);
    } finally {
      await down.close();
    }
  });
});
