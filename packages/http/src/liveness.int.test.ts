import { parseConfig } from '@nexova/config';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpApp } from './app';

// GET /health is answered on the HTTP server before Fastify's lifecycle (liveness.ts); over a real
// socket it must look like Fastify's own /health route (which app.inject still reaches) and count
// itself in the request metrics.
let db: TestDatabase;
let app: Awaited<ReturnType<typeof buildHttpApp>>;
let base: string;
const metrics = createMetricsRegistry({ defaultMetrics: false });

beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildHttpApp({
    config: parseConfig({ LOG_LEVEL: 'silent' }),
    logger: createLogger('silent'),
    database: db,
    metrics,
    version: 'test',
  });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const healthCount = async () =>
  (await metrics.getSingleMetric('http_requests_total')?.get())?.values.find(
    (v) => v.labels.route === '/health' && v.labels.method === 'GET' && v.labels.status === '200',
  )?.value ?? 0;

describe('liveness', () => {
  it('answers GET /health over the socket as the route does, with a request id, and counts it', async () => {
    const before = await healthCount();
    const res = await fetch(`${base}/health`, { headers: { 'x-request-id': 'probe-1' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-request-id')).toBe('probe-1');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await healthCount()).toBe(before + 1);
    const injected = await app.inject({ method: 'GET', url: '/health' });
    expect(injected.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/health`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves everything else to Fastify: a query string, HEAD, other routes', async () => {
    const withQuery = await fetch(`${base}/health?verbose=1`);
    expect(withQuery.status).toBe(200);
    expect(await withQuery.json()).toEqual({ status: 'ok' });
    expect(withQuery.headers.get('cache-control')).toBeNull(); // Fastify's route, not the early answer
    expect((await fetch(`${base}/health`, { method: 'HEAD' })).status).toBe(200);
    const missing = await fetch(`${base}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 503 through Fastify once the server is shutting down', async () => {
    app.markClosing();
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { code: string }).code).toBe('shutting_down');
  });
});
