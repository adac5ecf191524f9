import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { systemContext } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { signUp, signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
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
      settings: {
        default_currency: 'BRL',
        timezone: 'America/Sao_Paulo',
        locale: 'pt-BR',
        modules: ['shop', 'clinic'],
      },
    });
    expect(created.statusCode).toBe(201);
    const ws = created.json() as { id: string; role: string };
    expect(ws.role).toBe('Owner');
    expect(created.headers.location).toBe(`/api/v1/workspaces/${ws.id}`);
    expect(created.json()).toMatchObject({
      settings: { default_currency: 'BRL', default_phone_region: app.config.CUSTOMER_DEFAULT_REGION, locale: 'pt-BR' },
    });
    const headers = { ...auth, 'x-workspace-id': ws.id };

    const mine = (await call('GET', '/api/v1/workspaces', auth)).json() as { items: { id: string }[] };
    expect(mine).toEqual({ items: [expect.objectContaining({ id: ws.id })], next_cursor: null });

    const taken = await call('POST', '/api/v1/workspaces', auth, { name: 'Other', slug });
    expect(taken.statusCode).toBe(409);

    const patched = await call('PATCH', `/api/v1/workspaces/${ws.id}`, headers, { settings: { modules: ['clinic'] } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ settings: { modules: ['clinic'], default_currency: 'BRL' } });

    const roles = (await call('GET', '/api/v1/roles', headers)).json() as { items: { name: string }[] };
    expect(roles.items.map((r) => r.name)).toEqual(['Owner', 'Admin', 'Staff', 'Viewer']);

    expect((await call('DELETE', `/api/v1/workspaces/${ws.id}`, headers)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/workspaces/${ws.id}`, headers)).statusCode).toBe(404);
    expect(((await call('GET', '/api/v1/workspaces', auth)).json() as { items: unknown[] }).items).toEqual([]);
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
    const res = await call('GET', '/api/v1/permissions?limit=200', { authorization: `Bearer ${user.token}` });
    const page = res.json() as { items: { name: string; description: string }[]; next_cursor: string | null };
    const names = page.items.map((p) => p.name);
    expect(names).toEqual([...names].sort());
    const first = await call('GET', '/api/v1/permissions?limit=2', { authorization: `Bearer ${user.token}` });
    const next = (first.json() as { next_cursor: string }).next_cursor;
    const second = await call('GET', `/api/v1/permissions?limit=2&cursor=${next}`, {
      authorization: `Bearer ${user.token}`,
    });
    expect((second.json() as { items: { name: string }[] }).items.map((p) => p.name)).toEqual(names.slice(2, 4));
    expect(names).toEqual(expect.arrayContaining(['workspace:read', 'roles:manage', 'api_keys:manage']));
  });
});

describe('roles and permissions', () => {
  it('custom role CRUD; system roles are not editable', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const base = '/api/v1/roles';
    const created = await call('POST', base, owner.headers, { name: 'Front desk', permissions: ['orders:*'] });
    expect(created.statusCode).toBe(201);
    const role = created.json() as { id: string };
    expect(created.headers.location).toBe(`/api/v1/roles/${role.id}`);
    const read = await call('GET', created.headers.location as string, owner.headers);
    expect(read.json()).toMatchObject({ id: role.id, name: 'Front desk', version: 1 });
    expect(read.headers.etag).toBe('"1"');
    const bad = await call('POST', base, owner.headers, { name: 'Bad', permissions: ['orders'] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('/permissions/0');
    const edited = await call('PATCH', `${base}/${role.id}`, owner.headers, { permissions: ['orders:read'] });
    expect(edited.json()).toMatchObject({ permissions: ['orders:read'] });
    const roles = (await call('GET', base, owner.headers)).json() as { items: { id: string; name: string }[] };
    const ownerRole = roles.items.find((r) => r.name === 'Owner');
    expect((await call('PATCH', `${base}/${ownerRole?.id}`, owner.headers, { name: 'Boss' })).statusCode).toBe(409);
    expect((await call('DELETE', `${base}/${ownerRole?.id}`, owner.headers)).statusCode).toBe(409);
    expect((await call('DELETE', `${base}/${role.id}`, owner.headers)).statusCode).toBe(204);
  });

  it('a member without the permission gets 403; wildcard grants work', async () => {
    const reader = await signUpAndCreateWorkspace(app, { permissions: ['roles:read', 'members:*'] });
    const base = `/api/v1/workspaces/${reader.workspaceId}`;
    expect((await call('GET', '/api/v1/roles', reader.headers)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/members', reader.headers)).statusCode).toBe(200);
    const denied = await call('POST', '/api/v1/roles', reader.headers, { name: 'x', permissions: [] });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ code: 'forbidden' });
    expect((await call('GET', base, reader.headers)).statusCode).toBe(403);

    const viewer = await signUpAndCreateWorkspace(app, { permissions: ['*:read'] });
    expect((await call('GET', `/api/v1/workspaces/${viewer.workspaceId}`, viewer.headers)).statusCode).toBe(200);
    const edit = await call('PATCH', `/api/v1/workspaces/${viewer.workspaceId}`, viewer.headers, { name: 'no' });
    expect(edit.statusCode).toBe(403);
  });
});

describe('workspace settings and slugs', () => {
  it('makes a slug from the name when none is given, with a suffix when it is taken', async () => {
    const user = await signUp(app);
    const auth = { authorization: `Bearer ${user.token}` };
    const name = `Clínica São João ${randomUUID().slice(0, 6)}`;
    const first = await call('POST', '/api/v1/workspaces', auth, { name });
    expect(first.statusCode).toBe(201);
    const slug = (first.json() as { slug: string }).slug;
    expect(slug).toBe(`clinica-sao-joao-${name.slice(-6).toLowerCase()}`);
    const second = await call('POST', '/api/v1/workspaces', auth, { name });
    expect(second.statusCode).toBe(201);
    expect((second.json() as { slug: string }).slug).toMatch(new RegExp(`^${slug}-[0-9a-f]{6}$`));
    // A slug given explicitly and taken is still a conflict.
    expect((await call('POST', '/api/v1/workspaces', auth, { name, slug })).statusCode).toBe(409);
  });

  it('defaults the business settings and lets an Owner change them; getWorkspaceSettings reads them', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const path = `/api/v1/workspaces/${owner.workspaceId}`;
    const ws = (await call('GET', path, owner.headers)).json() as { settings: Record<string, unknown> };
    expect(ws.settings).toMatchObject({
      default_currency: 'BRL',
      default_phone_region: app.config.CUSTOMER_DEFAULT_REGION,
      locale: 'es',
    });
    const bad = await call('PATCH', path, owner.headers, { settings: { default_phone_region: 'Brazil' } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('default_phone_region');
    const settings = { default_phone_region: 'AR', default_currency: 'ARS', locale: 'es' };
    expect((await call('PATCH', path, owner.headers, { settings })).statusCode).toBe(200);
    const ctx = {
      ...systemContext(),
      db: app.database.db,
      workspaceId: owner.workspaceId,
      actor: { type: 'user' as const, id: owner.userId },
    };
    expect(await getWorkspaceSettings({ ctx })).toEqual({ ...settings, timezone: 'UTC', modules: ['shop'] });
  });
});

describe('the workspace header and pages', () => {
  it('a missing or malformed x-workspace-id is 400 naming it; a workspace not mine is 404', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const stranger = await signUpAndCreateWorkspace(app);
    const auth = { authorization: owner.headers.authorization as string };
    const missing = await call('GET', '/api/v1/roles', auth);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ errors: [{ pointer: '/x-workspace-id', in: 'headers' }] });
    expect(missing.json().detail).toContain('x-workspace-id');
    const malformed = await call('GET', '/api/v1/roles', { ...auth, 'x-workspace-id': 'nope' });
    expect(malformed.statusCode).toBe(400);
    const foreign = await call('GET', '/api/v1/roles', { ...auth, 'x-workspace-id': stranger.workspaceId });
    expect(foreign.statusCode).toBe(404);
    expect((await call('GET', `/api/v1/workspaces/${stranger.workspaceId}`, auth)).statusCode).toBe(404);
  });

  it('lists page with limit and cursor: every item once, in order', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    for (const name of ['A', 'B', 'C']) {
      await call('POST', '/api/v1/roles', owner.headers, { name, permissions: ['orders:read'] });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const res = await call('GET', `/api/v1/roles?limit=2${query}`, owner.headers);
      expect(res.statusCode).toBe(200);
      const page = res.json() as { items: { name: string }[]; next_cursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((r) => r.name));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(['Owner', 'Admin', 'Staff', 'Viewer', 'A', 'B', 'C']);
    const tampered = Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url');
    for (const url of [`/api/v1/roles?cursor=${tampered}`, '/api/v1/members?cursor=%%%', '/api/v1/roles?limit=0']) {
      const res = await call('GET', url, owner.headers);
      expect(res.statusCode).toBe(400);
    }
  });
});
