import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { tokenFromMail, waitForMailTo } from '@nexova/identity/testing';
import { signUp, signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Members of a workspace: invitations, role changes, suspension, removal, and the rules that guard
// them (the last Owner, the rank rule). Split from workspaces.int.test.ts.

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

describe('members and invitations', () => {
  it('invite → accept by the invited email; change role; suspend; remove; last Owner protected', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const base = '/api/v1';
    const wsPath = `/api/v1/workspaces/${owner.workspaceId}`;
    const roles = (await call('GET', `${base}/roles`, owner.headers)).json() as {
      items: { id: string; name: string }[];
    };
    const roleId = (name: string) => roles.items.find((r) => r.name === name)?.id as string;

    const invitee = await signUp(app);
    const stranger = await signUp(app);
    const invited = await call('POST', `${base}/invitations`, owner.headers, {
      email: invitee.email,
      role_id: roleId('Staff'),
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.headers.location).toBe(`/api/v1/invitations/${(invited.json() as { id: string }).id}`);
    const pending = await call('GET', invited.headers.location as string, owner.headers);
    expect(pending.json()).toMatchObject({ email: invitee.email, role_name: 'Staff', accepted_at: null });
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
    expect(accepted.json()).toEqual({ workspace_id: owner.workspaceId, role_id: roleId('Staff') });
    expect((await call('POST', '/api/v1/invitations/accept', inviteeAuth, { token })).statusCode).toBe(404);

    const inviteeHeaders = { ...inviteeAuth, 'x-workspace-id': owner.workspaceId };
    expect((await call('GET', wsPath, inviteeHeaders)).statusCode).toBe(200);
    const members = (await call('GET', `${base}/members`, owner.headers)).json() as { items: { user_id: string }[] };
    expect(members.items.map((m) => m.user_id)).toEqual([owner.userId, invitee.userId]);
    const joined = await call('GET', `${base}/members/${invitee.userId}`, owner.headers);
    expect(joined.json()).toMatchObject({ user_id: invitee.userId, role_name: 'Staff', status: 'active' });
    expect(joined.headers.etag).toBe('"1"');

    // Last Owner: cannot demote, suspend or remove themselves.
    const ownerPath = `${base}/members/${owner.userId}`;
    expect((await call('PATCH', ownerPath, owner.headers, { role_id: roleId('Staff') })).statusCode).toBe(409);
    expect((await call('PATCH', ownerPath, owner.headers, { status: 'suspended' })).statusCode).toBe(409);
    expect((await call('DELETE', ownerPath, owner.headers)).statusCode).toBe(409);

    // Suspension cuts access at once; reactivation restores it.
    const inviteePath = `${base}/members/${invitee.userId}`;
    expect((await call('PATCH', inviteePath, owner.headers, { status: 'suspended' })).statusCode).toBe(204);
    expect((await call('GET', wsPath, inviteeHeaders)).statusCode).toBe(404);
    expect(
      (await call('PATCH', inviteePath, owner.headers, { status: 'active', role_id: roleId('Viewer') })).statusCode,
    ).toBe(204);
    expect((await call('GET', wsPath, inviteeHeaders)).statusCode).toBe(200);

    // A second Owner makes demoting the first possible.
    expect((await call('PATCH', inviteePath, owner.headers, { role_id: roleId('Owner') })).statusCode).toBe(204);
    expect((await call('PATCH', ownerPath, owner.headers, { role_id: roleId('Admin') })).statusCode).toBe(204);
    expect((await call('DELETE', inviteePath, owner.headers)).statusCode).toBe(403); // an Admin cannot remove an Owner
  });

  it('concurrent demotion of the last two Owners lets only one through', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const base = '/api/v1';
    const roles = (await call('GET', `${base}/roles`, owner.headers)).json() as {
      items: { id: string; name: string }[];
    };
    const ownerRole = roles.items.find((r) => r.name === 'Owner')?.id;
    const second = await signUp(app);
    await call('POST', `${base}/invitations`, owner.headers, { email: second.email, role_id: ownerRole });
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

describe('the rank rule for taking a role away', () => {
  it('a member manager cannot remove, suspend or demote someone holding more; an Admin cannot remove the Owner', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const manager = await signUpAndCreateWorkspace(app, { owner, permissions: ['members:*', 'roles:read'] });
    const admin = await signUpAndCreateWorkspace(app, { owner, permissions: ['*'] });
    const clerk = await signUpAndCreateWorkspace(app, { owner, permissions: ['members:read'] });
    const member = (ws: { userId: string }) => `/api/v1/members/${ws.userId}`;
    const es = { ...manager.headers, 'accept-language': 'es' };

    const removal = await call('DELETE', member(admin), es);
    expect(removal.statusCode).toBe(403);
    expect(removal.json()).toMatchObject({
      code: 'member_outranks_you',
      title: 'El miembro tiene más permisos que usted',
      not_held: ['*'],
    });
    expect((await call('PATCH', member(admin), manager.headers, { status: 'suspended' })).json()).toMatchObject({
      status: 403,
      code: 'member_outranks_you',
    });
    const clerkRole = (await call('GET', member(clerk), owner.headers)).json().role_id as string;
    expect((await call('PATCH', member(admin), manager.headers, { role_id: clerkRole })).statusCode).toBe(403);
    expect((await call('GET', member(admin), owner.headers)).json()).toMatchObject({ status: 'active' });

    // Someone the manager outranks: suspended, reactivated, removed.
    expect((await call('PATCH', member(clerk), manager.headers, { status: 'suspended' })).statusCode).toBe(204);
    expect((await call('PATCH', member(clerk), manager.headers, { status: 'active' })).statusCode).toBe(204);
    expect((await call('DELETE', member(clerk), manager.headers)).statusCode).toBe(204);

    // An Admin holds everything but ownership: the Owner is an Owner's to remove or demote.
    expect((await call('DELETE', member(owner), admin.headers)).json()).toMatchObject({ code: 'owner_required' });
    expect((await call('PATCH', member(owner), admin.headers, { status: 'suspended' })).statusCode).toBe(403);
    // Anyone may leave; an Admin may remove the manager.
    expect((await call('DELETE', member(manager), manager.headers)).statusCode).toBe(204);
    expect((await call('DELETE', member(admin), owner.headers)).statusCode).toBe(204);
  });
});
