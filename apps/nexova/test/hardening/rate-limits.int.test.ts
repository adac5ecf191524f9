import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { services } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Per-user and per-workspace point limits with real identities: access tokens from
// /api/v1/auth/login and real workspaces and memberships, on PGlite or PostgreSQL, and with
// REDIS_URL set (CI) through Redis shared by two app instances.

const USER_POINTS = 60;
const WORKSPACE_POINTS = 80;
const env = () => ({
  RATE_LIMIT_USER_POINTS: String(USER_POINTS),
  RATE_LIMIT_WORKSPACE_POINTS: String(WORKSPACE_POINTS),
  RATE_LIMIT_KEY_PREFIX: `nexova:test:${randomUUID()}`,
  ...(services.redisUrl ? { REDIS_URL: services.redisUrl } : {}),
});

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp(env());
  if (services.redisUrl) {
    const ready = (await app.inject({ method: 'GET', url: '/health/ready' })).json();
    expect(ready.checks.rate_limits.status).toBe('ok'); // an unreachable Redis fails the suite
  }
});
afterAll(async () => {
  await app?.dispose();
});

type Method = 'GET' | 'POST';
const as = (who: TestWorkspace, on: TestApp = app) => ({
  call: (method: Method, url = '/api/v1/customers') =>
    on.inject({
      method,
      url,
      headers: { ...who.headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
      ...(method === 'POST' ? { payload: { name: 'Rate' } } : {}),
    }),
});

/** Remaining points of a policy, from the IETF `RateLimit` header: `"user";r=57;t=60, …`. */
function remaining(header: unknown, policy: 'user' | 'workspace'): number {
  const match = new RegExp(`"${policy}";r=(\\d+)`).exec(String(header));
  if (!match) throw new Error(`no ${policy} in RateLimit: ${String(header)}`);
  return Number(match[1]);
}

describe('per-user and per-workspace points with real tokens', () => {
  it('a read costs 1 point and a write 5, counted for the caller and for its workspace', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const member = await signUpAndCreateWorkspace(app, { owner });
    const read = await as(member).call('GET');
    expect(read.statusCode).toBe(200);
    expect(read.headers['ratelimit-policy']).toContain(`"user";q=${USER_POINTS};w=60`);
    expect(read.headers['ratelimit-policy']).toContain(`"workspace";q=${WORKSPACE_POINTS};w=60`);
    const [user, workspace] = [
      remaining(read.headers.ratelimit, 'user'),
      remaining(read.headers.ratelimit, 'workspace'),
    ];
    const write = await as(member).call('POST');
    expect(write.statusCode).toBe(201);
    expect(remaining(write.headers.ratelimit, 'user')).toBe(user - 5);
    expect(remaining(write.headers.ratelimit, 'workspace')).toBe(workspace - 5);
    // The Owner spends the same workspace's points, not the member's own.
    const other = await as(owner).call('GET');
    expect(remaining(other.headers.ratelimit, 'workspace')).toBe(workspace - 6);
    const again = await as(member).call('GET');
    expect(remaining(again.headers.ratelimit, 'user')).toBe(user - 6);
    expect(remaining(again.headers.ratelimit, 'workspace')).toBe(workspace - 7);
  });

  it('answers 429 naming the user policy, then the workspace policy for another member', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const [first, second] = [
      await signUpAndCreateWorkspace(app, { owner }),
      await signUpAndCreateWorkspace(app, { owner }),
    ];
    const spend = async (who: TestWorkspace) => {
      for (let i = 0; i < 30; i++) {
        const res = await as(who).call('POST');
        if (res.statusCode === 429) return res;
        expect(res.statusCode).toBe(201);
      }
      throw new Error('never limited');
    };
    const userLimited = await spend(first);
    expect(userLimited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(userLimited.json()).toMatchObject({ code: 'quota_exceeded', policy: 'user', status: 429 });
    expect(Number(userLimited.headers['retry-after'])).toBeGreaterThan(0);
    // The second member still has most of its own points; the shared workspace runs out first.
    const workspaceLimited = await spend(second);
    expect(workspaceLimited.json()).toMatchObject({ code: 'quota_exceeded', policy: 'workspace' });
    expect(remaining(workspaceLimited.headers.ratelimit, 'workspace')).toBe(0);
    // Another workspace is untouched.
    const elsewhere = await as(await signUpAndCreateWorkspace(app)).call('POST');
    expect(elsewhere.statusCode).toBe(201);
  });
});

describe(services.redisUrl ? 'two app instances sharing Redis' : 'two app instances in-process', () => {
  it(services.redisUrl ? 'enforce one user quota between them' : 'each count on their own', async () => {
    const second = await createTestApp(
      { ...env(), RATE_LIMIT_KEY_PREFIX: app.config.RATE_LIMIT_KEY_PREFIX },
      {
        sharing: app,
      },
    );
    try {
      const member = await signUpAndCreateWorkspace(app, { owner: await signUpAndCreateWorkspace(app) });
      const onFirst = remaining((await as(member).call('GET')).headers.ratelimit, 'user');
      // The token from the first instance's login works on the second: same keys, same database.
      const onSecond = remaining((await as(member, second).call('GET')).headers.ratelimit, 'user');
      expect(onSecond).toBe(services.redisUrl ? onFirst - 1 : USER_POINTS - 1);
      const results = await Promise.all(
        Array.from({ length: 2 * USER_POINTS }, (_, i) => as(member, i % 2 ? app : second).call('GET')),
      );
      const passed = results.filter((r) => r.statusCode === 200).length;
      expect(results.every((r) => r.statusCode === 200 || r.statusCode === 429)).toBe(true);
      expect(passed).toBe(services.redisUrl ? onSecond : onFirst + onSecond);
    } finally {
      await second.dispose();
    }
  });
});
