import { parseConfig } from '@nexova/config';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildHttpApp, type HttpApp } from './app';

// Issue 9 §5: bad input is a 4xx problem+json, never a 500 — NUL bytes and lone surrogates are
// refused centrally, PostgreSQL data exceptions map to 4xx, router errors carry a request id.

const probe: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/probe/items',
    { schema: { body: z.object({ name: z.string(), tags: z.record(z.string(), z.string()) }) } },
    async () => ({ ok: true }),
  );
  app.get(
    '/probe/items/:id',
    { schema: { params: z.object({ id: z.string() }), querystring: z.object({ q: z.string().optional() }) } },
    async () => ({ ok: true }),
  );
  // Handlers that let a value reach PostgreSQL unchecked (what the guard and schemas should prevent).
  app.get('/probe/sql/:what', async (req) => {
    const { what } = req.params as { what: string };
    const query = {
      int: sql`select ${'abc'}::int`,
      range: sql`select ${'40000'}::smallint`,
      nul: sql`select convert_from('\\x6100'::bytea, 'UTF8')`,
    }[what];
    await app.database.db.execute(query ?? sql`select 1`);
    return { ok: true };
  });
};

let db: TestDatabase;
let app: HttpApp;
let guarded: HttpApp;
const TOKEN = 'metrics-token-0123456789';

const build = (env: Record<string, string> = {}) =>
  buildHttpApp({
    config: parseConfig({ LOG_LEVEL: 'silent', ...env }),
    logger: createLogger('silent'),
    database: db,
    metrics: createMetricsRegistry({ defaultMetrics: false }),
    version: 'test',
    routes: [{ name: 'probe', plugin: probe }],
  });

beforeAll(async () => {
  db = await createTestDatabase();
  app = await build();
  guarded = await build({ METRICS_TOKEN: TOKEN });
});
afterAll(async () => {
  await app.close();
  await guarded.close();
  await db.dispose();
});

type Res = { statusCode: number; headers: Record<string, unknown>; json(): unknown };
function problem(res: Res, status: number) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, request_id: res.headers['x-request-id'] });
  expect(typeof body.code).toBe('string');
  return body;
}

describe('NUL bytes and lone surrogates are refused at validation, naming the field', () => {
  it('in a body value, a body key, the query and a path parameter', async () => {
    const body = '{"name":"a\\u0000b","tags":{"k\\u0000":"v","ok":"\\ud800"}}';
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/items',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    const p = problem(res, 400);
    expect(p.code).toBe('validation_failed');
    expect(p.errors).toEqual([
      expect.objectContaining({ in: 'body', pointer: '/name', code: 'unstorable_character' }),
      expect.objectContaining({ in: 'body', pointer: '/tags/k\u0000' }),
      expect.objectContaining({ in: 'body', pointer: '/tags/ok', message: 'must not contain a lone surrogate' }),
    ]);
    const query = problem(await app.inject({ method: 'GET', url: '/api/v1/probe/items/x?q=a%00' }), 400);
    expect(query.errors).toEqual([expect.objectContaining({ in: 'query', pointer: '/q' })]);
    const params = problem(await app.inject({ method: 'GET', url: '/api/v1/probe/items/a%00' }), 400);
    expect(params.errors).toEqual([expect.objectContaining({ in: 'params', pointer: '/id' })]);
  });

  it('a surrogate pair (an emoji) is fine', async () => {
    const payload = { name: 'café 😀', tags: { '🙂': 'ok' } };
    expect((await app.inject({ method: 'POST', url: '/api/v1/probe/items', payload })).statusCode).toBe(200);
  });
});

describe('PostgreSQL data exceptions that reach a handler are 4xx', () => {
  it('22P02 invalid text representation, 22003 out of range, 22021 NUL', async () => {
    expect(problem(await app.inject({ method: 'GET', url: '/api/v1/probe/sql/int' }), 400).code).toBe('invalid_value');
    expect(problem(await app.inject({ method: 'GET', url: '/api/v1/probe/sql/range' }), 422).code).toBe(
      'number_out_of_range',
    );
    expect(problem(await app.inject({ method: 'GET', url: '/api/v1/probe/sql/nul' }), 400).code).toBe('invalid_text');
  });
});

describe('router errors are problem+json with a request id', () => {
  it('an undecodable path is 400, a path parameter over 100 characters 414', async () => {
    expect(problem(await app.inject({ method: 'GET', url: '/api/v1/probe/items/%ED%A0%80' }), 400).code).toBe(
      'bad_url',
    );
    const long = problem(await app.inject({ method: 'GET', url: `/api/v1/probe/items/${'a'.repeat(150)}` }), 414);
    expect(long.code).toBe('uri_too_long');
  });
});

describe('/metrics behind METRICS_TOKEN', () => {
  it('is public without a token; with one, only `Bearer <token>` reads it (401 problem otherwise)', async () => {
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
    expect(problem(await guarded.inject({ method: 'GET', url: '/metrics' }), 401).code).toBe('metrics_token_required');
    const wrong = await guarded.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer nope' } });
    expect(problem(wrong, 401).code).toBe('metrics_token_required');
    const ok = await guarded.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('http_requests');
  });
});
