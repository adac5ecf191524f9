import { parseConfig } from '@nexova/config';
import { type DatabaseHandle, MIGRATIONS_FOLDER, openDatabase, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { type PrivatePostgres, startPrivatePostgres } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpApp, type HttpApp } from './app';

// A private PostgreSQL, stopped and restarted for real: requests during the outage
// answer 503 database_unavailable with Retry-After, readiness follows the database, connections
// that drop while checked out (inside a transaction) neither end the process nor leak from the pool.

const probe: FastifyPluginAsyncZod = async (app) => {
  app.get('/probe/now', async () => {
    await app.database.db.execute(sql`select 1`);
    return { ok: true };
  });
  // Holds a pooled connection inside a transaction long enough for a restart to cut it.
  app.get('/probe/hold', async () => {
    await withTransaction({ ...systemContext(), db: app.database.db }, (t) => t.tx.execute(sql`select pg_sleep(3)`));
    return { ok: true };
  });
};

let server: PrivatePostgres;
let database: DatabaseHandle;
let app: HttpApp;
const outage: { warn: unknown[][]; info: unknown[][] } = { warn: [], info: [] };

beforeAll(async () => {
  server = await startPrivatePostgres();
  database = await openDatabase({
    url: server.url(),
    appRole: 'nexova_app',
    migrationsFolder: MIGRATIONS_FOLDER,
    migrate: true,
    poolMax: 4,
    connectTimeoutMs: 1000,
    logger: { warn: (...a) => outage.warn.push(a), info: (...a) => outage.info.push(a) },
  });
  app = await buildHttpApp({
    config: parseConfig({ LOG_LEVEL: 'silent' }),
    logger: createLogger('silent'),
    database,
    metrics: createMetricsRegistry({ defaultMetrics: false }),
    version: 'test',
    routes: [{ name: 'probe', plugin: probe }],
  });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
  await server?.dispose();
});

/** Polls until `check` passes or the deadline is over (the last failure is thrown). */
async function eventually(check: () => Promise<void>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const expectUnavailable = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) => {
  expect(res.statusCode).toBe(503);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
};

describe('a database that goes away', () => {
  it('answers 503 database_unavailable with Retry-After while it is down, and not ready', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/probe/now' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    await server.stop();
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/probe/now' });
      expectUnavailable(res);
      expect(res.json()).toMatchObject({ status: 503, code: 'database_unavailable' });
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });
      expectUnavailable(ready);
      expect(ready.json()).toMatchObject({ code: 'not_ready', checks: { database: { status: 'failing' } } });
      expect(database.availability.reachable).toBe(false);
    } finally {
      await server.start();
    }
    await eventually(async () => {
      expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    });
    expect((await app.inject({ method: 'GET', url: '/api/v1/probe/now' })).statusCode).toBe(200);
    await eventually(async () => expect(database.availability.reachable).toBe(true));
    // One warning for the outage and one line when it ended, not one per failed request.
    expect(outage.warn).toHaveLength(1);
    expect(outage.info).toHaveLength(1);
  });

  it('survives connections cut inside transactions, restart after restart, without leaking the pool', async () => {
    for (let cycle = 0; cycle < 3; cycle++) {
      // More transactions than the pool holds: some are checked out, some wait for a connection.
      const held = Array.from({ length: 6 }, () => app.inject({ method: 'GET', url: '/api/v1/probe/hold' }));
      await eventually(async () => {
        const [row] = (
          (await database.asOwner((db) =>
            db.execute(sql`select count(*)::int as n from pg_stat_activity where query like '%pg_sleep(3)%'
                           and pid <> pg_backend_pid()`),
          )) as unknown as { rows: { n: number }[] }
        ).rows;
        expect(row?.n).toBeGreaterThan(0);
      });
      await server.restart();
      for (const res of await Promise.all(held)) {
        // Cut mid-transaction (503), or ran after the restart (200): never a 500.
        expect([200, 503]).toContain(res.statusCode);
        if (res.statusCode === 503) expectUnavailable(res);
      }
      await eventually(async () => {
        expect((await app.inject({ method: 'GET', url: '/api/v1/probe/now' })).statusCode).toBe(200);
      });
    }
    // Every dead checkout went back: the whole pool can still be used at once.
    const all = await Promise.all(
      Array.from({ length: 4 }, () =>
        withTransaction({ ...systemContext(), db: database.db }, (t) => t.tx.execute(sql`select pg_sleep(0.2)`)),
      ),
    );
    expect(all).toHaveLength(4);
    expect(database.pool?.totalCount).toBeLessThanOrEqual(4);
  });
});
