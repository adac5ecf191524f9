import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// An API key lives no longer than its workspace and works only while the member behind it does:
// deleting the workspace revokes its keys (and resolution refuses a deleted workspace anyway);
// removing or suspending the creator stops the key; a demoted creator narrows it.

let app: TestApp;
beforeAll(async () => {
  // Grants are cached per process (AUTH_MEMBERSHIP_CACHE_TTL_MS) and evicted by the API's own
  // changes; a change made behind the API's back is seen once the entry expires: short here.
  app = await createTestApp({ AUTH_MEMBERSHIP_CACHE_TTL_MS: '300' });
});
afterAll(async () => {
  await app?.dispose();
});

type Key = { id: string; key: string; revoked_at: string | null };

async function keyOf(ws: TestWorkspace, permissions: string[], name = 'k') {
  const res = await apiClient(app, ws.headers)('POST', '/api-keys', { name, permissions });
  expect(res.statusCode).toBe(201);
  const created = res.json() as Key;
  return { ...created, call: apiClient(app, { authorization: `Bearer ${created.key}` }) };
}

describe('a deleted workspace takes its API keys with it', () => {
  it('its keys can no longer read, write or mint keys, and are listed as revoked', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const base = `/workspaces/${owner.workspaceId}`;
    const key = await keyOf(owner, ['*']);
    expect((await key.call('GET', `/roles`)).statusCode).toBe(200);
    expect((await key.call('POST', '/customers', { name: 'Before', phone: '+5511987650001' })).statusCode).toBe(201);

    const asOwner = apiClient(app, owner.headers);
    expect((await asOwner('DELETE', base)).statusCode).toBe(204);
    expect((await key.call('GET', `/roles`)).statusCode).toBe(401);
    expect((await key.call('GET', '/customers')).statusCode).toBe(401);
    expect((await key.call('POST', '/customers', { name: 'After', phone: '+5511987650002' })).statusCode).toBe(401);
    expect((await key.call('POST', `/api-keys`, { name: 'new', permissions: ['*'] })).statusCode).toBe(401);

    const [row] = await app.database.asOwner((db) =>
      queryRows<{ revoked_at: unknown }>(db, sql`select revoked_at from identity.api_keys where id = ${key.id}`),
    );
    expect(row?.revoked_at).not.toBeNull();
  });

  it('resolution itself refuses a deleted workspace, also for a key never revoked or without a creator', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const key = await keyOf(owner, ['roles:read']);
    const orphan = await keyOf(owner, ['roles:read']);
    await app.database.asOwner((db) =>
      db.execute(sql`update identity.api_keys set created_by = null where id = ${orphan.id}`),
    );
    expect((await key.call('GET', `/roles`)).statusCode).toBe(200);
    expect((await orphan.call('GET', `/roles`)).statusCode).toBe(200);
    // Deleted behind the API's back: nothing revoked the keys, nothing evicted the cached grants,
    // so the refusal comes once the cache entry expires (the TTL is the bound).
    await app.database.asOwner((db) =>
      db.execute(sql`update tenancy.workspaces set deleted_at = now() where id = ${owner.workspaceId}`),
    );
    // Each key's entry expires on its own clock (the orphan's was cached a little later).
    for (const k of [key, orphan])
      await vi.waitFor(async () => expect((await k.call('GET', `/roles`)).statusCode).toBe(401), {
        timeout: 5000,
        interval: 100,
      });
  });
});

describe('a key works only while its creator is an active member', () => {
  it('removing the creator stops the key (and keys the key minted)', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const creator = await signUpAndCreateWorkspace(app, { owner, permissions: ['api_keys:manage', 'roles:read'] });
    const key = await keyOf(creator, ['api_keys:manage', 'roles:read']);
    const minted = (await key.call('POST', `/api-keys`, { name: 'child', permissions: ['roles:read'] })).json() as Key;
    const child = apiClient(app, { authorization: `Bearer ${minted.key}` });
    expect((await key.call('GET', `/roles`)).statusCode).toBe(200);
    expect((await child('GET', `/roles`)).statusCode).toBe(200);

    expect((await apiClient(app, owner.headers)('DELETE', `/members/${creator.userId}`)).statusCode).toBe(204);
    expect((await key.call('GET', `/roles`)).statusCode).toBe(401);
    expect((await child('GET', `/roles`)).statusCode).toBe(401);
  });

  it('suspending the creator stops the key until they are reactivated; demoting narrows it', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const asOwner = apiClient(app, owner.headers);
    const creator = await signUpAndCreateWorkspace(app, { owner, permissions: ['api_keys:manage', 'roles:*'] });
    const key = await keyOf(creator, ['roles:*']);
    expect((await key.call('GET', `/roles`)).statusCode).toBe(200);

    expect((await asOwner('PATCH', `/members/${creator.userId}`, { status: 'suspended' })).statusCode).toBe(204);
    expect((await key.call('GET', `/roles`)).statusCode).toBe(401);
    expect((await asOwner('PATCH', `/members/${creator.userId}`, { status: 'active' })).statusCode).toBe(204);
    expect((await key.call('GET', `/roles`)).statusCode).toBe(200);

    // Demoted to roles:read, the creator's key may read roles but no longer create them.
    const readOnly = (
      await asOwner('POST', `/roles`, { name: 'roles reader', permissions: ['roles:read'] })
    ).json() as { id: string };
    expect((await asOwner('PATCH', `/members/${creator.userId}`, { role_id: readOnly.id })).statusCode).toBe(204);
    expect((await key.call('GET', `/roles`)).statusCode).toBe(200);
    const create = await key.call('POST', `/roles`, { name: 'by key', permissions: [] });
    expect(create.statusCode).toBe(403);
  });
});
