import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { tokenFromMail, waitForMailTo } from '@nexova/identity';
import { signUp, signUpAndCreateWorkspace } from '@nexova/tenancy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers: { ...headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

describe('workspaces', () => {
  it('creates with defaults, lists mine, reads, updates, and soft-deletes', async () => {
    const user = await signUp(app);
    const auth = { authorization: `Bearer ${user.token}` };
    const slug = `shop-${randomUUID().slice(0, 8)}`;
    const created = await call('POST', '/api/v1/workspaces', auth, {
      name: 'Loja Azul',
      slug,
      settings: { currency: 'BRL', timezone: 'America/Sao_Paulo', locale: 'pt-BR', modules: ['shop', 'clinic'] },
    });
    expect(created.statusCode).toBe(201);
    const ws = created.json() as { id: string; role: string };
    expect(ws.role).toBe('Owner');
    const headers = { ...auth, 'x-workspace-id': ws.id };

    const mine = (await call('GET', '/api/v1/workspaces', auth)).json() as { data: { id: string }[] };
    expect(mine.data.map((w) => w.id)).toEqual([ws.id]);

    const taken = await call('POST', '/api/v1/workspaces', auth, { name: 'Other', slug });
    expect(taken.statusCode).toBe(409);

    const patched = await call('PATCH', `/api/v1/workspaces/${ws.id}`, headers, { settings: { modules: ['clinic'] } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ settings: { modules: ['clinic'], currency: 'BRL' } });

    const roles = (await call('GET', `/api/v1/workspaces/${ws.id}/roles`, headers)).json() as {
      data: { name: string }[];
    };
    expect(roles.data.map((r) => r.name)).toEqual(expect.arrayContaining(['Owner', 'Admin', 'Staff', 'Viewer']));

    expect((await call('DELETE', `/api/v1/workspaces/${ws.id}`, headers)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/workspaces/${ws.id}`, headers)).statusCode).toBe(404);
    expect(((await call('GET', '/api/v1/workspaces', auth)).json() as { data: unknown[] }).data).toEqual([]);
  });

  it('refuses bad input with a problem naming the field', async () => {
    const user = await signUp(app);
    const res = await call(
      'POST',
      '/api/v1/workspaces',
      { authorization: `Bearer ${user.token}` },
      {
        name: 'X',
        slug: 'Not A Slug',
      },
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('slug');
  });

  it('lists the declared permissions with descriptions', async () => {
    const user = await signUp(app);
    const res = await call('GET', '/api/v1/permissions', { authorization: `Bearer ${user.token}` });
    const names = (res.json() as { data: { name: string; description: string }[] }).data.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['workspace:read', 'roles:manage', 'api_keys:manage']));
  });
});

describe('roles and permissions', () => {
  it('custom role CRUD; system roles are not editable', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const base = `/api/v1/workspaces/${owner.workspaceId}/roles`;
    const created = await call('POST', base, owner.headers, { name: 'Front desk', permissions: ['orders:*'] });
    expect(created.statusCode).toBe(201);
    const role = created.json() as { id: string };
    const bad = await call('POST', base, owner.headers, { name: 'Bad', permissions: ['orders'] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('/permissions/0');
    const edited = await call('PATCH', `${base}/${role.id}`, owner.headers, { permissions: ['orders:read'] });
    expect(edited.json()).toMatchObject({ permissions: ['orders:read'] });
    const roles = (await call('GET', base, owner.headers)).json() as { data: { id: string; name: string }[] };
    const ownerRole = roles.data.find((r) => r.name === 'Owner');
    expect((await call('PATCH', `${base}/${ownerRole?.id}`, owner.headers, { name: 'Boss' })).statusCode).toBe(409);
    expect((await call('DELETE', `${base}/${ownerRole?.id}`, owner.headers)).statusCode).toBe(409);
    expect((await call('DELETE', `${base}/${role.id}`, owner.headers)).statusCode).toBe(204);
  });

  it('a member without the permission gets 403; wildcard grants work', async () => {
    const reader = await signUpAndCreateWorkspace(app, { permissions: ['roles:read', 'members:*'] });
    const base = `/api/v1/workspaces/${reader.workspaceId}`;
    expect((await call('GET', `${base}/roles`, reader.headers)).statusCode).toBe(200);
    expect((await call('GET', `${base}/members`, reader.headers)).statusCode).toBe(200);
    const denied = await call('POST', `${base}/roles`, reader.headers, { name: 'x', permissions: [] });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ code: 'forbidden' });
    expect((await call('GET', base, reader.headers)).statusCode).toBe(403);

    const viewer = await signUpAndCreateWorkspace(app, { permissions: ['*:read'] });
    expect((await call('GET', `/api/v1/workspaces/${viewer.workspaceId}`, viewer.headers)).statusCode).toBe(200);
    const edit = await call('PATCH', `/api/v1/workspaces/${viewer.workspaceId}`, viewer.headers, { name: 'no' });
    expect(edit.statusCode).toBe(403);
  });
});

describe('members and invitations', () => {
  it('invite → accept by the invited email; change role; suspend; remove; last Owner protected', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const base = `/api/v1/workspaces/${owner.workspaceId}`;
    const roles = (await call('GET', `${base}/roles`, owner.headers)).json() as {
      data: { id: string; name: string }[];
    };
    const roleId = (name: string) => roles.data.find((r) => r.name === name)?.id as string;

    const invitee = await signUp(app);
    const stranger = await signUp(app);
    const invited = await call('POST', `${base}/invitations`, owner.headers, {
      email: invitee.email,
      roleId: roleId('Staff'),
    });
    expect(invited.statusCode).toBe(201);
    const token = tokenFromMail(await waitForMailTo(app.config.NEXOVA_DATA_DIR, invitee.email));
    expect(token).toBeTruthy();
    const asStranger = await call(
      'POST',
      '/api/v1/invitations/accept',
      { authorization: `Bearer ${stranger.token}` },
      { token },
    );
    expect(asStranger.statusCode).toBe(403);
    const inviteeAuth = { authorization: `Bearer ${invitee.token}` };
    const accepted = await call('POST', '/api/v1/invitations/accept', inviteeAuth, { token });
    expect(accepted.statusCode).toBe(200);
    expect((await call('POST', '/api/v1/invitations/accept', inviteeAuth, { token })).statusCode).toBe(404);

    const inviteeHeaders = { ...inviteeAuth, 'x-workspace-id': owner.workspaceId };
    expect((await call('GET', base, inviteeHeaders)).statusCode).toBe(200);
    const members = (await call('GET', `${base}/members`, owner.headers)).json() as { data: { userId: string }[] };
    expect(members.data).toHaveLength(2);

    // Last Owner: cannot demote, suspend or remove themselves.
    const ownerPath = `${base}/members/${owner.userId}`;
    expect((await call('PATCH', ownerPath, owner.headers, { roleId: roleId('Staff') })).statusCode).toBe(409);
    expect((await call('PATCH', ownerPath, owner.headers, { status: 'suspended' })).statusCode).toBe(409);
    expect((await call('DELETE', ownerPath, owner.headers)).statusCode).toBe(409);

    // Suspension cuts access at once; reactivation restores it.
    const inviteePath = `${base}/members/${invitee.userId}`;
    expect((await call('PATCH', inviteePath, owner.headers, { status: 'suspended' })).statusCode).toBe(204);
    expect((await call('GET', base, inviteeHeaders)).statusCode).toBe(404);
    expect(
      (await call('PATCH', inviteePath, owner.headers, { status: 'active', roleId: roleId('Viewer') })).statusCode,
    ).toBe(204);
    expect((await call('GET', base, inviteeHeaders)).statusCode).toBe(200);

    // A second Owner makes demoting the first possible.
    expect((await call('PATCH', inviteePath, owner.headers, { roleId: roleId('Owner') })).statusCode).toBe(204);
    expect((await call('PATCH', ownerPath, owner.headers, { roleId: roleId('Admin') })).statusCode).toBe(204);
    expect((await call('DELETE', inviteePath, owner.headers)).statusCode).toBe(403); // an Admin cannot remove an Owner
  });

  it('concurrent demotion of the last two Owners lets only one through', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const base = `/api/v1/workspaces/${owner.workspaceId}`;
    const roles = (await call('GET', `${base}/roles`, owner.headers)).json() as {
      data: { id: string; name: string }[];
    };
    const ownerRole = roles.data.find((r) => r.name === 'Owner')?.id;
    const second = await signUp(app);
    await call('POST', `${base}/invitations`, owner.headers, { email: second.email, roleId: ownerRole });
    const token = tokenFromMail(await waitForMailTo(app.config.NEXOVA_DATA_DIR, second.email));
    await call('POST', '/api/v1/invitations/accept', { authorization: `Bearer ${second.token}` }, { token });
    const secondHeaders = { authorization: `Bearer ${second.token}`, 'x-workspace-id': owner.workspaceId };
    // Each Owner suspends the other at the same time: one wins; the loser is refused (409), or is
    // already suspended by the time its request is authorised (404).
    const results = await Promise.all([
      call('PATCH', `${base}/members/${second.userId}`, owner.headers, { status: 'suspended' }),
      call('PATCH', `${base}/members/${owner.userId}`, secondHeaders, { status: 'suspended' }),
    ]);
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 204)).toHaveLength(1);
    expect(codes.filter((c) => c !== 204).every((c) => c === 409 || c === 404)).toBe(true);
  });
});
