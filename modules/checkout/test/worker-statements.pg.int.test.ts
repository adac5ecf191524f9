import { composeNexova, createTestApp, createWorkers, type TestApp, type Worker } from '@nexova/app';
import { type DatabaseHandle, MIGRATIONS_FOLDER, openDatabase } from '@nexova/db';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Call, client, draftOrder, sagaReaches, stockedVariant } from './helpers';

let app: TestApp;
let call: Call;
let workerDatabase: DatabaseHandle;
let workers: Worker[] = [];
const trace: string[] = [];

beforeAll(async () => {
  app = await createTestApp({ CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' });
  call = client(app, (await signUpAndCreateWorkspace(app)).headers);
  const config = app.config;
  workerDatabase = await openDatabase({
    url: app.database.url,
    appRole: config.DATABASE_APP_ROLE,
    migrationsFolder: MIGRATIONS_FOLDER,
    poolMax: config.DATABASE_WORKER_POOL_MAX,
  });
  workerDatabase.pool?.on('connect', (c) => {
    const q = c.query;
    c.query = function (this: unknown, ...args: unknown[]) {
      const a = args[0] as string | { text: string };
      trace.push(typeof a === 'string' ? a : a.text);
      return (q as (...x: unknown[]) => unknown).apply(this, args);
    } as typeof c.query;
  });
  const deps = {
    config,
    logger: createLogger('silent'),
    database: workerDatabase,
    metrics: createMetricsRegistry({ defaultMetrics: false }),
  };
  workers = createWorkers(deps, composeNexova(deps));
  for (const w of workers) await w.start();
});
afterAll(async () => {
  for (const w of [...workers].reverse()) await w.stop();
  await workerDatabase?.close();
  await app?.dispose();
});

const settled = () => {
  let last = -1;
  return vi.waitFor(
    () => {
      const now = workerDatabase.statements.sent;
      const done = now === last;
      last = now;
      if (!done) throw new Error('busy');
    },
    { timeout: 20_000, interval: 500 },
  );
};

describe('worker statements per checkout', () => {
  it('counts', async () => {
    const variant = await stockedVariant(call, 1000, 100);
    await settled();
    const before = workerDatabase.statements.sent;
    trace.length = 0;
    const N = 3;
    for (let i = 0; i < N; i++) {
      const orderId = await draftOrder(call, variant, 1);
      expect((await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'manual' })).statusCode).toBeLessThan(
        300,
      );
      await sagaReaches(call, orderId, ['payment_pending']);
      await call('POST', `/orders/${orderId}/payments`, { amount: 1000, method: 'transfer' });
      await sagaReaches(call, orderId, ['completed']);
    }
    await settled();
    const per = (workerDatabase.statements.sent - before) / N;
    console.log('per order', per);
    console.log(trace.map((t) => t.replace(/\s+/g, ' ').slice(0, 160)).join('\n'));
  }, 120_000);
});
