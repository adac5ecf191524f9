import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { tokenFromMail, waitForMailTo } from '@nexova/identity/testing';
import { signUp, signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every way to hand out access — create a role, edit a role (also one's own), change a member's
// role, reactivate a member, invite with a role, accept an invitation, create an API key (also
// with an API key) — refuses what the granter does not hold itself, and Owner stays with Owners.
// Each refusal is checked through the API and then shown to have changed nothing.

let app: TestApp;
let owner: TestWorkspace;
let asOwner: ApiCall;
const roleIds: Record<string, string> = {};

type Role = { id: string; name: string; permissions: string[] };
type Member = { user_id: string; role_id: string; status: string };

const members = async () => ((await asOwner('GET', '/members')).json() as { items: Member[] }).items;
const roleOf = async (userId: string) => (await members()).find((m) => m.user_id === userId)?.role_id;
const role = async (id: string) =>
  ((await asOwner('GET', '/roles')).json() as { items: Role[] }).items.find((r) => r.id === id);

/** A member of the Owner's workspace whose custom role grants exactly `permissions`. */
async function memberWith(permissions: string[]) {
  const member = await signUpAndCreateWorkspace(app, { permissions, owner });
  return { ...member, call: apiClient(app, member.headers), roleId: (await roleOf(member.userId)) as string };
}

async function ownerRole(name: string, permissions: string[]) {
  const res = await asOwner('POST', '/roles', {
    name: `${name}-${Math.random().toString(36).slice(2, 8)}`,
    permissions,
  });
  expect(res.statusCode).toBe(201);
  return (res.json() as Role).id;
}

async function invitationToken(email: string) {
  return tokenFromMail(await waitForMailTo(app.config.NEXOVA_DATA_DIR, email)) as string;
}

beforeAll(async () => {
  app = await createTestApp();
  owner = await signUpAndCreateWorkspace(app);
  asOwner = apiClient(app, owner.headers);
  for (const r of ((await asOwner('GET', '/roles')).json() as { items: Role[] }).items) roleIds[r.name] = r.id;
});
afterAll(async () => {
  await app?.dispose();
});

describe('members:manage alone cannot hand out more than it holds', () => {
  it('cannot make itself (or anyone) Admin or Owner, or give a wider custom role', async () => {
    const manager = await memberWith(['members:manage', 'members:read']);
    const other = await memberWith(['members:read']);
    const wide = await ownerRole('wide', ['orders:*']);
    for (const [userId, roleId, code] of [
      [manager.userId, roleIds.Admin, 'permission_not_held'],
      [manager.userId, roleIds.Owner, 'owner_required'],
      [manager.userId, wide, 'permission_not_held'],
      [other.userId, roleIds.Admin, 'permission_not_held'],
      [other.userId, roleIds.Owner, 'owner_required'],
    ] as const) {
      const res = await manager.call('PATCH', `/members/${userId}`, { role_id: roleId });
      expect(res.statusCode, `${userId} → ${roleId}`).toBe(403);
      expect(res.json()).toMatchObject({ code });
    }
    const admin = await manager.call('PATCH', `/members/${manager.userId}`, { role_id: roleIds.Admin });
    expect(admin.json()).toMatchObject({ not_held: ['*'], errors: [{ pointer: '/role_id' }] });
    expect(await roleOf(manager.userId)).toBe(manager.roleId);
    expect(await roleOf(other.userId)).toBe(other.roleId);
    // Within its own grants it works.
    const narrow = await ownerRole('narrow', ['members:read']);
    expect((await manager.call('PATCH', `/members/${other.userId}`, { role_id: narrow })).statusCode).toBe(204);
  });

  it('cannot reactivate a member whose role it does not hold, nor suspend or touch an Owner', async () => {
    const manager = await memberWith(['members:manage', 'members:read']);
    const strong = await memberWith(['orders:*']);
    expect((await asOwner('PATCH', `/members/${strong.userId}`, { status: 'suspended' })).statusCode).toBe(204);
    const back = await manager.call('PATCH', `/members/${strong.userId}`, { status: 'active' });
    expect(back.statusCode).toBe(403);
    expect((await members()).find((m) => m.user_id === strong.userId)?.status).toBe('suspended');
    for (const [method, payload] of [
      ['PATCH', { status: 'suspended' }],
      ['PATCH', { role_id: roleIds.Viewer }],
      ['DELETE', undefined],
    ] as const) {
      const res = await manager.call(method, `/members/${owner.userId}`, payload);
      expect(res.statusCode, `${method} ${JSON.stringify(payload)}`).toBe(403);
    }
    expect(await roleOf(owner.userId)).toBe(roleIds.Owner);
  });

  it('an Admin (everything but ownership) cannot grant, change or remove Owner', async () => {
    const admin = await signUp(app);
    await asOwner('POST', '/invitations', { email: admin.email, role_id: roleIds.Admin });
    const token = await invitationToken(admin.email);
    const asAdminUser = apiClient(app, { authorization: `Bearer ${admin.token}` });
    expect((await asAdminUser('POST', '/invitations/accept', { token })).statusCode).toBe(200);
    const asAdmin = apiClient(app, { authorization: `Bearer ${admin.token}`, 'x-workspace-id': owner.workspaceId });
    const self = await asAdmin('PATCH', `/members/${admin.userId}`, { role_id: roleIds.Owner });
    expect(self.statusCode).toBe(403);
    expect(self.json()).toMatchObject({ code: 'owner_required' });
    expect((await asAdmin('PATCH', `/members/${owner.userId}`, { status: 'suspended' })).statusCode).toBe(403);
    expect((await asAdmin('DELETE', `/members/${owner.userId}`)).statusCode).toBe(403);
    const invite = await asAdmin('POST', '/invitations', { email: 'x@example.com', role_id: roleIds.Owner });
    expect(invite.statusCode).toBe(403);
    expect(await roleOf(admin.userId)).toBe(roleIds.Admin);
  });
});

describe('roles:manage alone cannot widen roles past its own grants', () => {
  it('cannot add * (or anything it lacks) to its own role', async () => {
    const editor = await memberWith(['roles:manage', 'roles:read']);
    const res = await editor.call('PATCH', `/roles/${editor.roleId}`, {
      permissions: ['roles:manage', 'roles:read', '*'],
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'permission_not_held',
      not_held: ['*'],
      errors: [{ pointer: '/permissions/2' }],
    });
    const sneaky = await editor.call('PATCH', `/roles/${editor.roleId}`, {
      permissions: ['roles:*', 'members:manage'],
    });
    expect(sneaky.statusCode).toBe(403);
    expect((await role(editor.roleId))?.permissions.sort()).toEqual(['roles:manage', 'roles:read']);
    // The editor's requests still only have what the role had.
    expect((await editor.call('GET', '/members')).statusCode).toBe(403);
  });

  it('cannot create a role stronger than itself; can create and narrow within it', async () => {
    const editor = await memberWith(['roles:manage', 'roles:read', 'orders:read']);
    for (const permissions of [['*'], ['orders:*'], ['orders:read', 'members:manage'], ['*:read']]) {
      const res = await editor.call('POST', '/roles', { name: `r-${permissions.join('-')}`, permissions });
      expect(res.statusCode, JSON.stringify(permissions)).toBe(403);
    }
    const ok = await editor.call('POST', '/roles', { name: 'readers', permissions: ['orders:read'] });
    expect(ok.statusCode).toBe(201);
    // A role stronger than the editor may be narrowed (that grants nothing), never widened.
    const strong = await ownerRole('strong', ['orders:*', 'customers:read']);
    const widen = await editor.call('PATCH', `/roles/${strong}`, {
      permissions: ['orders:*', 'customers:read', 'payments:read'],
    });
    expect(widen.statusCode).toBe(403);
    expect(widen.json()).toMatchObject({ not_held: ['payments:read'] });
    const narrowed = await editor.call('PATCH', `/roles/${strong}`, { permissions: ['orders:write'] });
    expect(narrowed.statusCode).toBe(200);
    expect((await role(strong))?.permissions).toEqual(['orders:write']);
  });
});

describe('invitations grant their role', () => {
  it('cannot invite with a role the inviter does not hold, nor as Owner', async () => {
    const inviter = await memberWith(['members:manage', 'members:read', 'orders:read']);
    const within = await ownerRole('within', ['orders:read']);
    const beyond = await ownerRole('beyond', ['orders:*']);
    for (const [roleId, code] of [
      [roleIds.Admin, 'permission_not_held'],
      [roleIds.Owner, 'owner_required'],
      [beyond, 'permission_not_held'],
    ] as const) {
      const res = await inviter.call('POST', '/invitations', { email: 'someone@example.com', role_id: roleId });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code });
    }
    expect(
      (await inviter.call('POST', '/invitations', { email: 'someone@example.com', role_id: within })).statusCode,
    ).toBe(201);
  });

  it('accepting re-checks that the inviter can still grant the role', async () => {
    const inviter = await memberWith(['members:manage', 'members:read', 'orders:read']);
    const within = await ownerRole('later', ['orders:read']);
    const invitee = await signUp(app);
    expect((await inviter.call('POST', '/invitations', { email: invitee.email, role_id: within })).statusCode).toBe(
      201,
    );
    const token = await invitationToken(invitee.email);
    // The inviter loses orders:read before the invitation is accepted.
    const lesser = await ownerRole('lesser', ['members:manage', 'members:read']);
    expect((await asOwner('PATCH', `/members/${inviter.userId}`, { role_id: lesser })).statusCode).toBe(204);
    const asInvitee = apiClient(app, { authorization: `Bearer ${invitee.token}` });
    const accepted = await asInvitee('POST', '/invitations/accept', { token });
    expect(accepted.statusCode).toBe(403);
    expect(accepted.json()).toMatchObject({ code: 'invitation_not_grantable' });
    expect((await members()).some((m) => m.user_id === invitee.userId)).toBe(false);
    // Given the permission back, the same invitation works.
    expect((await asOwner('PATCH', `/members/${inviter.userId}`, { role_id: inviter.roleId })).statusCode).toBe(204);
    expect((await asInvitee('POST', '/invitations/accept', { token })).statusCode).toBe(200);
  });
});

describe('API keys', () => {
  it('scopes beyond the creator are refused, also when a key creates a key', async () => {
    const creator = await memberWith(['api_keys:manage', 'orders:read']);
    for (const permissions of [['*'], ['orders:*'], ['orders:read', 'customers:read'], ['api_keys:*']]) {
      const res = await creator.call('POST', '/api-keys', { name: 'k', permissions });
      expect(res.statusCode, JSON.stringify(permissions)).toBe(403);
      expect(res.json()).toMatchObject({ code: 'permission_not_held' });
    }
    const created = await creator.call('POST', '/api-keys', {
      name: 'minter',
      permissions: ['api_keys:manage', 'orders:read'],
    });
    expect(created.statusCode).toBe(201);
    const asKey = apiClient(app, { authorization: `Bearer ${(created.json() as { key: string }).key}` });
    expect((await asKey('POST', '/api-keys', { name: 'k2', permissions: ['orders:write'] })).statusCode).toBe(403);
    expect((await asKey('POST', '/api-keys', { name: 'k2', permissions: ['orders:read'] })).statusCode).toBe(201);
    // A key cannot touch members or roles it was not given.
    expect((await asKey('PATCH', `/members/${creator.userId}`, { role_id: roleIds.Admin })).statusCode).toBe(403);
  });
});

describe('unknown permission names answer 422 naming the field and the valid ones', () => {
  it('roles (create and update) and API keys', async () => {
    const roleId = await ownerRole('typo', ['orders:read']);
    const cases: [string, string, unknown, string][] = [
      ['POST', '/roles', { name: 'typos', permissions: ['orders:read', 'orders:fly'] }, '/permissions/1'],
      ['PATCH', `/roles/${roleId}`, { permissions: ['prodcts:read'] }, '/permissions/0'],
      ['POST', '/roles', { name: 'ghost', permissions: ['ghosts:*'] }, '/permissions/0'],
      ['POST', '/api-keys', { name: 'k', permissions: ['*:fly'] }, '/permissions/0'],
    ];
    for (const [method, url, payload, pointer] of cases) {
      const res = await asOwner(method as 'POST', url, payload);
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBe(422);
      const problem = res.json() as { code: string; errors: { pointer: string }[]; valid_permissions: string[] };
      expect(problem.code).toBe('unknown_permission');
      expect(problem.errors.map((e) => e.pointer)).toEqual([pointer]);
      expect(problem.valid_permissions).toEqual(expect.arrayContaining(['orders:read', 'products:read']));
    }
    // Wildcards over declared resources and actions stay valid.
    const ok = await asOwner('POST', '/roles', { name: 'wild', permissions: ['orders:*', '*:read', '*'] });
    expect(ok.statusCode).toBe(201);
    const translated = await app.inject({
      method: 'PATCH',
      url: `/api/v1/roles/${roleId}`,
      headers: { ...owner.headers, 'accept-language': 'es' },
      payload: { permissions: ['orders:fly'] },
    });
    expect(translated.json()).toMatchObject({ title: 'Permiso desconocido' });
  });
});
