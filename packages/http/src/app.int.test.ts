import { parseConfig } from '@nexova/config';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildHttpApp, type HttpApp } from './app';
import { LOCATION_HEADER } from './contract/created-header';
import { versionedRoutesPlugin } from './hardening/versioned-routes';

const probe: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/probe/items',
    {
      schema: {
        body: z.object({
          name: z.string().min(2),
          lines: z.array(z.object({ quantity: z.number().int().positive() })),
        }),
        response: { 201: z.object({ ok: z.boolean() }).meta({ headers: { location: LOCATION_HEADER } }) },
      },
      config: { versioned: { ifMatch: false } },
    },
    async (_req, reply) => reply.code(201).header('location', '/api/v1/probe/items/1').send({ ok: true }),
  );
  app.get('/probe/items/:id', { schema: { params: z.object({ id: z.uuid() }) } }, async () => ({ ok: true }));
  app.get('/probe/crash', async () => {
    throw new Error('relation "secret_table" does not exist at /srv/app.ts:12');
  });
};

let db: TestDatabase;
let app: HttpApp;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildHttpApp({
    config: parseConfig({ LOG_LEVEL: 'silent', HTTP_BODY_LIMIT_BYTES: '2048' }),
    logger: createLogger('silent'),
    database: db,
    metrics: createMetricsRegistry({ defaultMetrics: true }),
    version: 'test',
    infrastructure: [{ name: 'versioned-routes', plugin: versionedRoutesPlugin }],
    routes: [{ name: 'probe', plugin: probe }],
  });
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const problemOf = (res: { headers: Record<string, unknown>; json(): unknown }) => {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  return res.json() as Record<string, unknown>;
};

describe('errors are RFC 9457 problem+json', () => {
  it('404 for an unknown route carries the request id in body and header', async () => {
    const res = await app.inject({ method: 'GET', url: '/nope' });
    expect(res.statusCode).toBe(404);
    const body = problemOf(res);
    expect(body).toMatchObject({ status: 404, code: 'route_not_found', instance: '/nope' });
    expect(body.type).toBe('https://nexova.dev/problems/route-not-found');
    expect(body.request_id).toBe(res.headers['x-request-id']);
  });

  it('405 with Allow for a known path and the wrong method', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/api/v1/probe/items' });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(problemOf(res).code).toBe('method_not_allowed');
  });

  it('400 with a JSON pointer per invalid field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/items',
      payload: { name: 'x', lines: [{ quantity: 1 }, { quantity: -2 }] },
    });
    expect(res.statusCode).toBe(400);
    const body = problemOf(res);
    expect(body.code).toBe('validation_failed');
    const pointers = (body.errors as { pointer: string; in: string }[]).map((e) => `${e.in}${e.pointer}`);
    expect(pointers).toEqual(expect.arrayContaining(['body/name', 'body/lines/1/quantity']));
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/name', in: 'body', message: 'name must be at least 2 characters long', code: 'too_small' },
        { pointer: '/lines/1/quantity', in: 'body', message: 'quantity must be greater than 0', code: 'too_small' },
      ]),
    );
  });

  it('validation messages follow Accept-Language (es, pt-BR, en)', async () => {
    const say = async (language: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/probe/items',
        headers: { 'accept-language': language },
        payload: { lines: [] },
      });
      return problemOf(res).errors;
    };
    expect(await say('es-AR,es;q=0.9')).toEqual([
      { pointer: '/name', in: 'body', message: 'name es obligatorio', code: 'required' },
    ]);
    expect(await say('pt-BR')).toEqual([
      { pointer: '/name', in: 'body', message: 'name é obrigatório', code: 'required' },
    ]);
    expect(await say('en-US')).toEqual([
      { pointer: '/name', in: 'body', message: 'name is required', code: 'required' },
    ]);
  });

  it('400 for malformed JSON, 415 for non-JSON bodies, 413 above the body limit', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/items',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(bad.statusCode).toBe(400);
    expect(problemOf(bad).code).toBe('invalid_json');

    // Nested past HTTP_JSON_MAX_DEPTH (64): refused before anything recurses into it (no stack overflow).
    const deep = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/items',
      headers: { 'content-type': 'application/json' },
      payload: `{"name":${'['.repeat(100)}${']'.repeat(100)}}`,
    });
    expect(deep.statusCode).toBe(400);
    expect(problemOf(deep)).toMatchObject({ code: 'body_too_deep', errors: [{ pointer: '', in: 'body' }] });

    // An empty body with a JSON Content-Type is no body: here the body is required, so 400 naming it.
    const empty = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/items',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode, empty.body).toBe(400);
    expect(problemOf(empty).code).toBe('validation_failed');

    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/items',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expect(problemOf(text).code).toBe('unsupported_media_type');

    const big = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/items',
      payload: { name: 'x'.repeat(5000), lines: [] },
    });
    expect(big.statusCode).toBe(413);
    expect(problemOf(big).code).toBe('payload_too_large');
  });

  it('params are validated too', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/probe/items/not-a-uuid' });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors).toEqual([expect.objectContaining({ in: 'params', pointer: '/id' })]);
  });

  it('a crash answers 500 without the stack or the SQL message', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/probe/crash' });
    expect(res.statusCode).toBe(500);
    const body = problemOf(res);
    expect(body.code).toBe('internal_error');
    expect(res.body).not.toMatch(/secret_table|srv\/app|stack/);
  });

  it('titles follow Accept-Language; codes stay stable', async () => {
    const es = problemOf(await app.inject({ method: 'GET', url: '/nope', headers: { 'accept-language': 'es-AR' } }));
    const pt = problemOf(await app.inject({ method: 'GET', url: '/nope', headers: { 'accept-language': 'pt-BR' } }));
    expect(es).toMatchObject({ title: 'Ruta no encontrada', code: 'route_not_found' });
    expect(pt).toMatchObject({ title: 'Rota não encontrada', code: 'route_not_found' });
  });
});

describe('request ids', () => {
  it('echoes a valid X-Request-Id and replaces an unsafe one with a UUIDv7', async () => {
    const ok = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'abc.DEF_1-2' } });
    expect(ok.headers['x-request-id']).toBe('abc.DEF_1-2');
    const unsafe = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'bad id\nx' } });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    const long = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'a'.repeat(129) } });
    expect(long.headers['x-request-id']).not.toBe('a'.repeat(129));
  });
});

describe('health, metrics and the contract', () => {
  it('/health and /health/ready answer 200 on a migrated database', async () => {
    expect((await app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'ok' } } });
  });

  it('/metrics counts requests by route template, not raw URL', async () => {
    const id = '0190c3a4-0000-7000-8000-000000000001';
    await app.inject({ method: 'GET', url: `/api/v1/probe/items/${id}` });
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toContain('http_requests_total{method="GET",route="/api/v1/probe/items/:id",status="200"}');
    expect(text).toContain('http_request_duration_seconds_bucket');
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).not.toContain(id);
  });

  it('serves the OpenAPI 3.1 document and Swagger UI', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/probe/items');
    // A 201's declared Location stays beside the ETag the versioned-routes plugin documents.
    expect(Object.keys(doc.paths['/api/v1/probe/items'].post.responses['201'].headers)).toEqual(['location', 'etag']);
    expect((await app.inject({ method: 'GET', url: '/docs/' })).statusCode).toBe(200);
  });

  it('GET / leads to the documentation', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/docs');
  });
});
