import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpApp } from '../app';
import { buildTestApp } from './harness';
import { env, ip, routes } from './rate-limit.fixture';

let db: TestDatabase;
let app: HttpApp;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildTestApp(db, [{ name: 'test', plugin: routes }], env);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

describe('rate limits', () => {
  it('answers 429 problem+json naming the per-IP policy, with IETF headers and Retry-After', async () => {
    const remoteAddress = ip();
    const statuses: number[] = [];
    let last = await app.inject({ method: 'GET', url: '/api/v1/things', remoteAddress });
    expect(last.headers['ratelimit-policy']).toBe('"ip";q=30;w=60');
    expect(last.headers.ratelimit).toMatch(/^"ip";r=29;t=\d+$/);
    for (let i = 0; i < 30; i++) {
      last = await app.inject({ method: 'GET', url: '/api/v1/things', remoteAddress });
      statuses.push(last.statusCode);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(29);
    expect(last.statusCode).toBe(429);
    expect(last.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(last.json()).toMatchObject({
      type: 'https://nexova.dev/problems/quota-exceeded',
      policy: 'ip',
      status: 429,
    });
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(last.headers.ratelimit).toMatch(/^"ip";r=0;t=\d+$/);
  });

  it('locks an account on the 6th login in a minute with 429, headers and Retry-After', async () => {
    const email = `${crypto.randomUUID()}@example.com`;
    const remoteAddress = ip();
    const attempt = (password: string) =>
      app.inject({ method: 'POST', url: '/api/v1/login', payload: { email, password }, remoteAddress });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong')).statusCode).toBe(401);
    const sixth = await attempt('right');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toMatchObject({ code: 'quota_exceeded', policy: 'login' });
    expect(sixth.headers['ratelimit-policy']).toContain('"login";q=5;w=60');
    expect(sixth.headers.ratelimit).toMatch(/"login";r=0;t=\d+/);
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('doubles the lockout for a repeat offender', async () => {
    const email = `${crypto.randomUUID()}@example.com`;
    const throttle = app.loginThrottle;
    for (let i = 0; i < 5; i++) await throttle.fail(email, '10.0.0.1');
    await throttle.reset(email, '10.0.0.1'); // e.g. the lock expired (simulated) and the user failed again
    for (let i = 0; i < 5; i++) await throttle.fail(email, '10.0.0.1');
    const error = await throttle.check(email, '10.0.0.1').catch((e: { headers: Record<string, string> }) => e);
    expect(Number((error as { headers: Record<string, string> }).headers['retry-after'])).toBeGreaterThan(60);
  });

  it('limits auth routes per IP (20/min by default, 8 here)', async () => {
    const remoteAddress = ip();
    let last = 0;
    for (let i = 0; i < 9; i++) {
      const email = `${crypto.randomUUID()}@example.com`;
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/login',
        payload: { email, password: 'right' },
        remoteAddress,
      });
      last = res.statusCode;
      if (res.statusCode === 429) expect(res.json()).toMatchObject({ policy: 'auth' });
    }
    expect(last).toBe(429);
  });

  it('counts webhooks per source in their own class', async () => {
    const remoteAddress = ip();
    const hook = () => app.inject({ method: 'POST', url: '/api/v1/webhooks/probe', payload: {}, remoteAddress });
    expect((await hook()).headers['ratelimit-policy']).toBe('"ip";q=30;w=60, "webhooks";q=3;w=60');
    await hook();
    await hook();
    const over = await hook();
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ policy: 'webhooks' });
  });

  it('leaves opted-out routes alone and reports the store on /health/ready', async () => {
    const res = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(res.headers['ratelimit-policy']).toBeUndefined();
    expect(res.json().checks.rate_limits.status).toBe('ok');
  });
});
