import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { HttpApp } from '../app';
import { buildTestApp } from './harness';

const routes: FastifyPluginAsyncZod = async (app) => {
  const body = z.object({ note: z.string() });
  app.post('/small', { config: { idempotent: false, bodyLimit: 1024 }, schema: { body } }, async () => ({ ok: true }));
  app.post(
    '/auth/probe',
    { config: { idempotent: false, rateLimit: { class: 'auth' } }, schema: { body } },
    async () => ({
      ok: true,
    }),
  );
  app.get('/slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    return { ok: true };
  });
};

let db: TestDatabase;
let app: HttpApp;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildTestApp(db, [{ name: 'test', plugin: routes }], {
    HTTP_CORS_ORIGINS: 'https://app.example.com',
    HTTP_BODY_LIMIT_AUTH_BYTES: '2048',
    HTTP_HANDLER_TIMEOUT_MS: '300',
  });
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

describe('request limits and headers', () => {
  it('answers 413 problem+json above a route-declared or class body limit', async () => {
    const big = { note: 'x'.repeat(1500) };
    const small = await app.inject({ method: 'POST', url: '/api/v1/small', payload: big });
    expect(small.statusCode).toBe(413);
    expect(small.json()).toMatchObject({ code: 'payload_too_large' });
    const auth = await app.inject({ method: 'POST', url: '/api/v1/auth/probe', payload: { note: 'x'.repeat(3000) } });
    expect(auth.statusCode).toBe(413);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/probe', payload: big })).statusCode).toBe(200);
  });

  it('answers 415 to a non-JSON body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/small',
      payload: 'note=1',
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.statusCode).toBe(415);
  });

  it('answers 503 problem+json when a handler overruns its timeout', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/slow' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'handler_timeout' });
  });

  it('sends API security headers and still serves Swagger UI from same-origin files', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const docs = await app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script the CSP would block
    const js = await app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(js.statusCode).toBe(200);
  });

  it('allows CORS only from configured origins', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/api/v1/small',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'idempotency-key',
        },
      });
    const allowed = await preflight('https://app.example.com');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(String(allowed.headers['access-control-allow-headers'])).toContain('idempotency-key');
    const denied = await preflight('https://evil.example.com');
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('takes the client IP from X-Forwarded-For only when HTTP_TRUST_PROXY says so', async () => {
    const trusted = await buildTestApp(db, [{ name: 'test', plugin: routes }], {
      HTTP_TRUST_PROXY: '1',
      RATE_LIMIT_IP: '1',
    });
    try {
      // Different forwarded clients behind one proxy are limited separately.
      const a = await trusted.inject({ method: 'GET', url: '/nope', headers: { 'x-forwarded-for': '203.0.113.8' } });
      const b = await trusted.inject({ method: 'GET', url: '/nope', headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect([a.statusCode, b.statusCode]).toEqual([404, 404]);
      const again = await trusted.inject({
        method: 'GET',
        url: '/nope',
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(again.statusCode).toBe(429);
    } finally {
      await trusted.close();
    }
  });
});
