import { type PrivatePostgres, startPrivatePostgres } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoad } from './load';
import {
  badUnavailable,
  dumpLogs,
  eventually,
  logLines,
  type NexovaNode,
  nexovaEnv,
  openShop,
  request,
  type Shop,
  sagasProgress,
  startNode,
  stopNode,
} from './stack';
import { verifyShop } from './verify';

// The crash suite, PostgreSQL: an API process and a worker process (embedded transport) over a
// private PostgreSQL that is restarted immediately (`pg_ctl -m immediate`, every
// connection cut) three times while customers place, confirm and pay orders.

const CYCLES = 3;
let server: PrivatePostgres;
let api: NexovaNode;
let worker: NexovaNode;
let shop: Shop;

beforeAll(async () => {
  server = await startPrivatePostgres();
  const env = nexovaEnv({ DATABASE_URL: server.url() });
  // Together: the first to migrate holds the migration lock, the other waits for it.
  [api, worker] = await Promise.all([startNode('api', env), startNode('worker', env)]);
  shop = await openShop(api);
}, 120_000);
afterAll(async () => {
  dumpLogs({ api, worker });
  await Promise.all([stopNode(api), stopNode(worker)]);
  await server?.dispose();
});

describe('crash suite: PostgreSQL restarted under load', () => {
  it('keeps both processes up, answers 503 while it is down, loses and doubles nothing', async () => {
    const load = startLoad(api, shop, 4);
    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        await sagasProgress(shop, `sagas complete before restart ${cycle + 1}`);
        const seen = Object.values(load.report.unavailable).reduce((a, b) => a + b, 0);
        await server.stop();
        try {
          // While it is down: the API answers 503 problem+json with Retry-After, both processes are not ready.
          const res = await request(api.url, 'GET', '/api/v1/orders?limit=1', shop.headers);
          expect(res.status, res.body).toBe(503);
          expect(badUnavailable(res)).toBeNull();
          expect(JSON.parse(res.body)).toMatchObject({ code: 'database_unavailable' });
          for (const node of [api, worker]) {
            const ready = await request(node.url, 'GET', '/health/ready', {});
            expect(ready.status).toBe(503);
            expect(badUnavailable(ready)).toBeNull();
          }
          // The customers meet the outage too (their 503s are retried with the same key).
          await eventually('customers see the outage', () => {
            const now = Object.values(load.report.unavailable).reduce((a, b) => a + b, 0);
            return now >= seen + 2;
          });
        } finally {
          await server.start();
        }
        for (const node of [api, worker]) {
          await eventually(
            'ready again',
            async () => (await request(node.url, 'GET', '/health/ready', {})).status === 200,
          );
        }
      }
      await sagasProgress(shop, 'sagas complete after the last restart');
    } finally {
      await load.stop();
    }

    // Both processes stayed up: same PIDs, never exited, no unhandled 'error' event.
    for (const node of [api, worker]) {
      expect(node.spawned.child.exitCode).toBeNull();
      expect(node.spawned.child.pid).toBe(node.pid);
      expect(node.spawned.stderr.join('\n')).not.toMatch(/Unhandled 'error' event|Connection terminated/);
      // Each outage is logged once (a restart may show as two when the server refuses, then restarts).
      const outages = logLines(node, /^database unreachable/).length;
      expect(outages).toBeGreaterThanOrEqual(1);
      expect(outages).toBeLessThanOrEqual(CYCLES * 2);
    }
    // Only outages were retried: every 503 said database_unavailable.
    expect(Object.keys(load.report.unavailable)).toEqual(['database_unavailable']);
    await verifyShop(shop, load.report);
  }, 150_000);
});
