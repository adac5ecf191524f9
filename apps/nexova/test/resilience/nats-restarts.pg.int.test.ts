import { type PrivateNats, type PrivatePostgres, startPrivateNats, startPrivatePostgres } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoad } from './load';
import {
  dumpLogs,
  eventually,
  logLines,
  type NexovaNode,
  nexovaEnv,
  openShop,
  type Shop,
  sagasProgress,
  startNode,
  stopNode,
} from './stack';
import { verifyShop } from './verify';

// The crash suite, NATS: a worker on JetStream that boots while NATS is down (it must wait, not
// exit), then NATS killed and restarted twice and PostgreSQL restarted once while customers place,
// confirm and pay orders. Private PostgreSQL and nats-server.

let pg: PrivatePostgres;
let nats: PrivateNats;
let api: NexovaNode;
let worker: NexovaNode;
let shop: Shop;

beforeAll(async () => {
  [pg, nats] = await Promise.all([startPrivatePostgres(), startPrivateNats()]);
  await nats.stop(); // down when the worker boots
  const env = nexovaEnv({
    DATABASE_URL: pg.url(),
    NATS_URL: nats.url,
    NATS_PREFIX: 'crash',
  });
  // Together: the first to migrate holds the migration lock, the other waits for it.
  [api, worker] = await Promise.all([startNode('api', env), startNode('worker', env)]);
  shop = await openShop(api);
}, 120_000);
afterAll(async () => {
  dumpLogs({ api, worker });
  await Promise.all([stopNode(api), stopNode(worker)]);
  await nats?.dispose();
  await pg?.dispose();
});

describe('crash suite: NATS down at boot, then NATS and PostgreSQL restarted under load', () => {
  it('the worker waits for NATS, both processes stay up, nothing is lost or doubled', async () => {
    // Booted without NATS: up (it answered its listening line), saying it retries the transport.
    expect(logLines(worker, /^worker could not start/).length).toBe(1);
    const load = startLoad(api, shop, 4);
    try {
      // Orders are taken meanwhile (the API needs only PostgreSQL); delivery starts with NATS.
      await eventually('orders taken while NATS is down', () => load.report.orders.length >= 3);
      await nats.start();
      await eventually('the transport started', () => logLines(worker, /^worker started/).length === 1);
      const progress = (what: string) => sagasProgress(shop, what);
      await progress('progress with NATS up');
      for (let cycle = 1; cycle <= 2; cycle++) {
        await nats.restart(); // SIGKILL, then a new server on the same store
        await progress(`progress after NATS restart ${cycle}`);
      }
      await pg.restart();
      await progress('progress after the PostgreSQL restart');
    } finally {
      await load.stop();
    }
    for (const node of [api, worker]) {
      expect(node.spawned.child.exitCode).toBeNull();
      expect(node.spawned.child.pid).toBe(node.pid);
      expect(node.spawned.stderr.join('\n')).not.toMatch(/Unhandled 'error' event|Connection terminated/);
    }
    await verifyShop(shop, load.report, 90_000);
  }, 150_000);
});
