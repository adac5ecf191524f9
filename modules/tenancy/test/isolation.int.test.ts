import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { tokenFromMail, waitForMailTo } from '@nexova/identity/testing';
import { systemContext } from '@nexova/kernel';
import { signUp, signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let a: TestWorkspace;
let b: TestWorkspace;
// Ids that live in workspace B.
const bIds = { roleId: '', userId: '', invitationId: '', apiKeyId: '' };

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers: { ...headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

beforeAll(async () => {
  app = await createTestApp();
  a = await signUpAndCreateWorkspace(app);
  b = await signUpAndCreateWorkspace(app);
  const base = '/api/v1';
  const roles = (await call('GET', `${base}/roles`, b.headers)).json() as { items: { id: string; name: string }[] };
  bIds.roleId = (
    await call('POST', `${base}/roles`, b.headers, { name: 'B role', permissions: ['orders:read'] })
  ).json().id;
  const member = await signUp(app);
  const staff = roles.items.find((r) => r.name === 'Staff')?.id;
  bIds.invitationId = (
    await call('POST', `${base}/invitations`, b.headers, { email: member.email, role_id: staff })
  ).json().id;
  const token = tokenFromMail(await waitForMailTo(app.config.NEXOVA_DATA_DIR, member.email));
  await call('POST', '/api/v1/invitations/accept', { authorization: `Bearer ${member.token}` }, { token });
  bIds.userId = member.userId;
  bIds.apiKeyId = (await call('POST', `${base}/api-keys`, b.headers, { name: 'k', permissions: ['*'] })).json().id;
});
afterAll(async () => {
  await app?.dispose();
});

// The workspace resource names its workspace in the path; every other tenant route takes it from x-workspace-id.
const workspaceRoutes = (ws: string): [Method, string, unknown?][] => [
  ['GET', `/api/v1/workspaces/${ws}`],
  ['PATCH', `/api/v1/workspaces/${ws}`, { name: 'hijack' }],
  ['DELETE', `/api/v1/workspaces/${ws}`],
];
// Every header-scoped tenant route, with ids taken from workspace B.
const tenantRoutes = (): [Method, string, unknown?][] => [
  ['GET', '/api/v1/roles'],
  ['POST', '/api/v1/roles', { name: 'evil', permissions: ['*'] }],
  ['PATCH', `/api/v1/roles/${bIds.roleId}`, { name: 'evil' }],
  ['DELETE', `/api/v1/roles/${bIds.roleId}`],
  ['GET', '/api/v1/members'],
  ['PATCH', `/api/v1/members/${bIds.userId}`, { status: 'suspended' }],
  ['DELETE', `/api/v1/members/${bIds.userId}`],
  ['GET', '/api/v1/invitations'],
  ['POST', '/api/v1/invitations', { email: 'x@example.com', role_id: bIds.roleId }],
  ['DELETE', `/api/v1/invitations/${bIds.invitationId}`],
  ['GET', '/api/v1/api-keys'],
  ['POST', '/api/v1/api-keys', { name: 'evil', permissions: ['*'] }],
  ['DELETE', `/api/v1/api-keys/${bIds.apiKeyId}`],
];

describe('cross-workspace matrix: everything of another workspace is 404', () => {
  it("A's Owner addressing B's workspace (path and/or header) gets 404 on every tenant route", async () => {
    for (const [method, url, payload] of workspaceRoutes(b.workspaceId)) {
      for (const headers of [
        { authorization: a.headers.authorization as string }, // B in the path only
        a.headers, // A in the header, B in the path
        { ...a.headers, 'x-workspace-id': b.workspaceId }, // B in both
      ]) {
        const res = await call(method, url, headers, payload);
        expect(res.statusCode, `${method} ${url} with ${JSON.stringify(Object.keys(headers))}`).toBe(404);
      }
    }
    for (const [method, url, payload] of tenantRoutes()) {
      const res = await call(method, url, { ...a.headers, 'x-workspace-id': b.workspaceId }, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it("ids of B's records inside A's workspace are 404, like ids that do not exist", async () => {
    const base = '/api/v1';
    const cases: [Method, string, unknown?][] = [
      ['PATCH', `${base}/roles/${bIds.roleId}`, { name: 'evil' }],
      ['DELETE', `${base}/roles/${bIds.roleId}`],
      ['PATCH', `${base}/members/${bIds.userId}`, { status: 'suspended' }],
      ['DELETE', `${base}/members/${bIds.userId}`],
      ['DELETE', `${base}/invitations/${bIds.invitationId}`],
      ['DELETE', `${base}/api-keys/${bIds.apiKeyId}`],
      ['DELETE', `${base}/roles/${randomUUID()}`],
    ];
    for (const [method, url, payload] of cases) {
      expect((await call(method, url, a.headers, payload)).statusCode, `${method} ${url}`).toBe(404);
    }
    // B's data is untouched.
    const roles = (await call('GET', '/api/v1/roles', b.headers)).json() as { items: { name: string }[] };
    expect(roles.items.map((r) => r.name)).toContain('B role');
  });

  it('an unknown workspace and a malformed id are 404 too', async () => {
    expect(
      (await call('GET', `/api/v1/workspaces/${randomUUID()}`, { authorization: a.headers.authorization as string }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('GET', '/api/v1/workspaces/not-a-uuid', { authorization: a.headers.authorization as string }))
        .statusCode,
    ).toBe(404);
  });
});

describe('row-level security', () => {
  it('a raw query with no workspace filter sees only the current workspace', async () => {
    const ctx = { ...systemContext(a.workspaceId), db: app.database.db };
    const seen = await withTransaction(ctx, async (t) => ({
      roles: await queryRows<{ workspace_id: string }>(t.tx, sql`select workspace_id from tenancy.roles`),
      members: await queryRows<{ workspace_id: string }>(t.tx, sql`select workspace_id from tenancy.members`),
      workspaces: await queryRows<{ id: string }>(t.tx, sql`select id from tenancy.workspaces`),
      invitations: await queryRows<{ workspace_id: string }>(t.tx, sql`select workspace_id from tenancy.invitations`),
      keys: await queryRows<{ workspace_id: string }>(t.tx, sql`select workspace_id from identity.api_keys`),
    }));
    expect(seen.roles.length).toBeGreaterThan(0);
    expect(seen.roles.every((r) => r.workspace_id === a.workspaceId)).toBe(true);
    expect(seen.members.every((r) => r.workspace_id === a.workspaceId)).toBe(true);
    expect(seen.workspaces).toEqual([{ id: a.workspaceId }]);
    expect(seen.invitations).toEqual([]);
    expect(seen.keys).toEqual([]);
    // Inside B's context, B's rows are there: the filter is the context, not the data.
    const inB = await withTransaction({ ...ctx, workspaceId: b.workspaceId }, (t) =>
      queryRows<{ n: number }>(t.tx, sql`select count(*)::int as n from tenancy.invitations`),
    );
    expect(inB[0]?.n).toBe(1);
  });

  it('no workspace context sees no tenant rows, and cannot write into another workspace', async () => {
    const ctx = { ...systemContext(null), db: app.database.db };
    const rows = await withTransaction(ctx, (t) => queryRows(t.tx, sql`select * from tenancy.roles`));
    expect(rows).toEqual([]);
    const write = withTransaction({ ...ctx, workspaceId: a.workspaceId }, (t) =>
      t.tx.execute(
        sql`insert into tenancy.roles (id, workspace_id, name, permissions) values (${randomUUID()}, ${b.workspaceId}, 'x', '{}')`,
      ),
    );
    await expect(write).rejects.toThrow();
  });
});
