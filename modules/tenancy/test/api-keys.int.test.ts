import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

const post = (url: string, headers: Record<string, string>, payload: unknown) =>
  app.inject({
    method: 'POST',
    url,
    headers: { ...headers, 'idempotency-key': randomUUID() },
    payload: payload as object,
  });

describe('API keys', () => {
  it('nxk_ key shown once, hashed, scoped, tracks last use, revocable', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const base = '/api/v1';
    const created = await post(`${base}/api-keys`, owner.headers, { name: 'sync', permissions: ['roles:*'] });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json() as { key: string; id: string };
    expect(created.headers.location).toBe(`/api/v1/api-keys/${id}`);
    const shown = await app.inject({ method: 'GET', url: `/api/v1/api-keys/${id}`, headers: owner.headers });
    expect(shown.json()).toMatchObject({ id, name: 'sync', permissions: ['roles:*'], revoked_at: null });
    expect(shown.json()).not.toHaveProperty('key');
    expect(key).toMatch(/^nxk_/);
    const stored = await app.database.asOwner((db) =>
      queryRows<{ key_hash: string }>(db, sql`select key_hash from identity.api_keys where id = ${id}`),
    );
    expect(stored[0]?.key_hash).not.toContain(key.slice(4));

    const asKey = { authorization: `Bearer ${key}` };
    expect((await app.inject({ method: 'GET', url: `${base}/roles`, headers: asKey })).statusCode).toBe(200);
    // Without x-workspace-id the key's own workspace is used.
    expect((await app.inject({ method: 'GET', url: `${base}/members`, headers: asKey })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: asKey })).statusCode).toBe(403);
    const list = await app.inject({ method: 'GET', url: `${base}/api-keys`, headers: owner.headers });
    const listed = (list.json() as { items: { id: string; last_used_at: string | null; key?: string }[] }).items;
    expect(listed.find((k) => k.id === id)?.last_used_at).not.toBeNull();
    expect(listed.every((k) => k.key === undefined)).toBe(true);

    expect(
      (await app.inject({ method: 'DELETE', url: `${base}/api-keys/${id}`, headers: owner.headers })).statusCode,
    ).toBe(204);
    expect((await app.inject({ method: 'GET', url: `${base}/roles`, headers: asKey })).statusCode).toBe(401);
  });

  it('a key cannot exceed its creator, and an expired key does not work', async () => {
    const limited = await signUpAndCreateWorkspace(app, { permissions: ['api_keys:*', 'roles:read'] });
    const base = '/api/v1';
    const tooMuch = await post(`${base}/api-keys`, limited.headers, { name: 'x', permissions: ['roles:*'] });
    expect(tooMuch.statusCode).toBe(403);
    expect(tooMuch.json()).toMatchObject({ code: 'permission_not_held', errors: [{ pointer: '/permissions/0' }] });
    const ok = await post(`${base}/api-keys`, limited.headers, { name: 'x', permissions: ['roles:read'] });
    expect(ok.statusCode).toBe(201);

    const past = await post(`${base}/api-keys`, limited.headers, {
      name: 'old',
      permissions: ['roles:read'],
      expires_at: new Date(Date.now() - 1000).toISOString(),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ errors: [{ pointer: '/expires_at' }] });
  });

  it('unknown keys are 401', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/roles',
      headers: { authorization: `Bearer nxk_${'a'.repeat(43)}`, 'x-workspace-id': randomUUID() },
    });
    expect(res.statusCode).toBe(401);
  });
});
