import { createTestApp, type TestApp } from '@nexova/app';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Readiness asks the database a real question with a deadline: a stalled database (every
// connection held) must read as not ready at once, not hang the probe (issue 9).
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ HEALTH_CHECK_TIMEOUT_MS: '300' });
});
afterAll(() => app?.dispose());

const ready = () => app.inject({ method: 'GET', url: '/health/ready' });

describe('GET /health/ready', () => {
  it('is 200 while the database answers', async () => {
    const res = await ready();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'ok' } } });
  });

  it('is 503 not_ready with Retry-After while every connection is held, and 200 again after', async () => {
    // PGlite has one connection; the PostgreSQL pool has `max`, some perhaps checked out for good
    // (a LISTEN client). Hold every other one with open transactions.
    const pool = app.database.pool;
    const connections = pool ? (pool.options.max ?? 10) - (pool.totalCount - pool.idleCount) : 1;
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let started = 0;
    let allStarted!: () => void;
    const holding = new Promise<void>((r) => {
      allStarted = r;
    });
    const holders = Array.from({ length: connections }, () =>
      app.database.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        if (++started === connections) allStarted();
        await held;
      }),
    );
    await holding;
    try {
      const res = await ready();
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json()).toMatchObject({
        code: 'not_ready',
        checks: { database: { status: 'failing', detail: 'no answer within 300 ms' } },
      });
    } finally {
      release();
      await Promise.all(holders);
    }
    expect((await ready()).statusCode).toBe(200);
  });
});
