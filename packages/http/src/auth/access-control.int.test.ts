import { parseConfig } from '@nexova/config';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpApp } from '../app';
import { authentication, type UserPrincipal } from './authentication';
import { permissionGuard } from './permissions';
import { workspaceContext } from './workspace-context';

// The plugins take their lookups as options (packages never import modules); here they are fed a
// fixed table of tokens and memberships, as the composition root feeds identity's and tenancy's.
const WS = '0190a000-0000-7000-8000-000000000001';
const users: Record<string, UserPrincipal> = {
  admin: { type: 'user', id: 'u-admin', isPlatformAdmin: true, sessionId: null },
  member: { type: 'user', id: 'u-member', isPlatformAdmin: false, sessionId: null },
};
const accessControl = fp(async (app) => {
  await app.register(authentication, {
    verifyAccessToken: async (token) => users[token] ?? null,
    resolveApiKey: async () => null,
  });
  await app.register(workspaceContext, {
    loadMembership: async (_ctx, { userId, workspaceId }) =>
      userId === 'u-member' && workspaceId === WS ? { permissions: ['orders:*'] } : null,
  });
  await app.register(permissionGuard);
});

const probe: FastifyPluginAsyncZod = async (app) => {
  app.get('/orders', { config: { permission: 'orders:read' } }, async (req) => ({ ws: req.ctx.workspaceId }));
  app.get('/customers', { config: { permission: 'customers:read' } }, async () => ({ ok: true }));
  app.get('/admin/stats', { config: { auth: 'admin' } }, async () => ({ ok: true }));
  app.get('/open', { config: { auth: 'public' } }, async (req) => ({ actor: req.ctx.actor.type }));
};

let db: TestDatabase;
const build = (routes: FastifyPluginAsyncZod) =>
  buildHttpApp({
    config: parseConfig({ LOG_LEVEL: 'silent' }),
    logger: createLogger('silent'),
    database: db,
    metrics: createMetricsRegistry({ defaultMetrics: false }),
    version: 'test',
    infrastructure: [{ name: 'access', plugin: accessControl }],
    routes: [{ name: 'probe', plugin: routes }],
  });

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.dispose();
});

describe('access-control plugins', () => {
  it('defaults follow the registration, not the URL: API plugins are workspace, others public', async () => {
    const page: FastifyPluginAsyncZod = async (app) => {
      app.get('/page', async () => ({ ok: true }));
    };
    const app = await buildHttpApp({
      config: parseConfig({ LOG_LEVEL: 'silent' }),
      logger: createLogger('silent'),
      database: db,
      metrics: createMetricsRegistry({ defaultMetrics: false }),
      version: 'test',
      infrastructure: [{ name: 'access', plugin: accessControl }],
      routes: [
        // A non-API plugin under /api/v1 stays public; an API plugin at the root is workspace-scoped.
        { name: 'page', plugin: page, api: false },
        { name: 'probe', plugin: probe, prefix: '/root' },
      ],
    });
    expect((await app.inject({ method: 'GET', url: '/api/v1/page' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/root/orders' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/root/open' })).statusCode).toBe(200);
    await app.close();
  });

  it('a workspace route without a permission fails at start-up', async () => {
    const unguarded: FastifyPluginAsyncZod = async (app) => {
      app.get('/leaky', async () => ({ ok: true }));
    };
    await expect(build(unguarded).then((app) => app.ready())).rejects.toThrow(/declares no permission/);
  });

  it('authenticates, resolves the workspace, enforces permissions and admin', async () => {
    const app = await build(probe);
    const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
    const member = { authorization: 'Bearer member', 'x-workspace-id': WS };
    const anonymous = await get('/api/v1/orders');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer realm="nexova"');
    const unknown = await get('/api/v1/orders', { authorization: 'Bearer nobody' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.headers['www-authenticate']).toMatch(
      /^Bearer realm="nexova", error="invalid_token", .*sign in again/,
    );
    expect(unknown.json()).toMatchObject({ code: 'invalid_token', refresh: false });
    const past = Buffer.from(JSON.stringify({ sub: 'u-member', exp: 1_700_000_000 })).toString('base64url');
    const expired = await get('/api/v1/orders', { authorization: `Bearer e30.${past}.c2ln` });
    expect(expired.statusCode).toBe(401);
    expect(expired.headers['www-authenticate']).toMatch(/error="invalid_token", error_description=".*refresh/);
    expect(expired.json()).toMatchObject({ code: 'token_expired', refresh: true });
    const basic = await get('/api/v1/orders', { authorization: 'Basic abc' });
    expect(basic.statusCode).toBe(401);
    expect(basic.headers['www-authenticate']).toContain('error="invalid_request"');
    expect((await get('/api/v1/orders', member)).json()).toEqual({ ws: WS });
    expect((await get('/api/v1/customers', member)).statusCode).toBe(403);
    expect((await get('/api/v1/orders', { ...member, 'x-workspace-id': WS.replace(/1$/, '2') })).statusCode).toBe(404);
    const missing = await get('/api/v1/orders', { authorization: 'Bearer member' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'workspace_header_required',
      errors: [{ pointer: '/x-workspace-id', in: 'headers' }],
    });
    const malformed = await get('/api/v1/orders', { ...member, 'x-workspace-id': 'acme' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([expect.objectContaining({ pointer: '/x-workspace-id' })]);
    expect((await get('/api/v1/admin/stats', member)).statusCode).toBe(403);
    expect((await get('/api/v1/admin/stats', { authorization: 'Bearer admin' })).statusCode).toBe(200);
    expect((await get('/api/v1/open')).json()).toEqual({ actor: 'anonymous' });
    expect((await get('/api/v1/open', { authorization: 'Bearer member' })).json()).toEqual({ actor: 'user' });
    expect((await get('/health')).statusCode).toBe(200);
    await app.close();
  });
});
