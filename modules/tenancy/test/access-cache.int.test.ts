import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Members' grants are cached per process (AUTH_MEMBERSHIP_CACHE_TTL_MS, long here so only an
// eviction can explain a changed answer): every change of a membership, a role or the workspace
// empties the workspace's entries on commit, so the very next request sees it.
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ AUTH_MEMBERSHIP_CACHE_TTL_MS: '60000' });
});
afterAll(async () => {
  await app?.dispose();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: unknown) =>
  app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const status = async (method: Method, url: string, headers: Record<string, string>, payload?: unknown) =>
  (await call(method, url, headers, payload)).statusCode;

async function memberOf(owner: TestWorkspace, permissions: string[]) {
  const member = await signUpAndCreateWorkspace(app, { owner, permissions });
  const roleId = ((await call('GET', `/members/${member.userId}`, owner.headers)).json() as { role_id: string })
    .role_id;
  return { ...member, roleId };
}

describe('cached grants', () => {
  it('a demoted, suspended or removed member loses access on the next request', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const member = await memberOf(owner, ['roles:read']);
    const viewerless = (
      await call('POST', '/roles', owner.headers, { name: `none-${randomUUID()}`, permissions: ['customers:read'] })
    ).json() as { id: string };
    expect(await status('GET', '/roles', member.headers)).toBe(200);
    expect(await status('GET', '/roles', member.headers)).toBe(200); // from the cache

    expect(await status('PATCH', `/members/${member.userId}`, owner.headers, { role_id: viewerless.id })).toBe(204);
    expect(await status('GET', '/roles', member.headers)).toBe(403);
    expect(await status('PATCH', `/members/${member.userId}`, owner.headers, { role_id: member.roleId })).toBe(204);
    expect(await status('GET', '/roles', member.headers)).toBe(200);

    // Narrowing the member's role.
    expect(await status('PATCH', `/roles/${member.roleId}`, owner.headers, { permissions: ['customers:read'] })).toBe(
      200,
    );
    expect(await status('GET', '/roles', member.headers)).toBe(403);
    expect(await status('PATCH', `/roles/${member.roleId}`, owner.headers, { permissions: ['roles:read'] })).toBe(200);
    expect(await status('GET', '/roles', member.headers)).toBe(200);

    expect(await status('PATCH', `/members/${member.userId}`, owner.headers, { status: 'suspended' })).toBe(204);
    expect(await status('GET', '/roles', member.headers)).toBe(404);
    expect(await status('PATCH', `/members/${member.userId}`, owner.headers, { status: 'active' })).toBe(204);
    expect(await status('GET', '/roles', member.headers)).toBe(200);

    expect(await status('DELETE', `/members/${member.userId}`, owner.headers)).toBe(204);
    expect(await status('GET', '/roles', member.headers)).toBe(404);
  });

  it('an API key stops working on the next request once its creator is removed', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const member = await memberOf(owner, ['api_keys:*', 'roles:read']);
    const created = await call('POST', '/api-keys', member.headers, { name: 'sync', permissions: ['roles:read'] });
    const asKey = { authorization: `Bearer ${(created.json() as { key: string }).key}` };
    expect(await status('GET', '/roles', asKey)).toBe(200);
    expect(await status('GET', '/roles', asKey)).toBe(200); // creator's grants from the cache
    expect(await status('DELETE', `/members/${member.userId}`, owner.headers)).toBe(204);
    expect(await status('GET', '/roles', asKey)).toBe(401);
  });

  it('a deleted workspace answers 404 on the next request', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    expect(await status('GET', '/roles', owner.headers)).toBe(200);
    expect(await status('DELETE', `/workspaces/${owner.workspaceId}`, owner.headers)).toBe(204);
    expect(await status('GET', '/roles', owner.headers)).toBe(404);
  });

  it('saves the membership round trip of an authenticated GET', async () => {
    const uncached = await createTestApp({ AUTH_MEMBERSHIP_CACHE_TTL_MS: '0' }, { sharing: app });
    try {
      const owner = await signUpAndCreateWorkspace(app);
      const statementsOf = async (on: TestApp) => {
        await on.inject({ method: 'GET', url: '/api/v1/roles', headers: owner.headers }); // warm: session, grants
        const before = on.database.statements.sent;
        const res = await on.inject({ method: 'GET', url: '/api/v1/roles', headers: owner.headers });
        expect(res.statusCode).toBe(200);
        return on.database.statements.sent - before;
      };
      const without = await statementsOf(uncached);
      const withCache = await statementsOf(app);
      process.stdout.write(`GET /api/v1/roles statements: ${without} uncached, ${withCache} cached\n`);
      expect(withCache).toBe(without - 1);
    } finally {
      await uncached.dispose();
    }
  });
});
