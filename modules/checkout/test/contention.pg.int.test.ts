import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type Spawned, spawnNexova, type TestApp } from '@nexova/app';
import { deleteNatsStreams } from '@nexova/events';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { services } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, client, stockedVariant, stockOf } from './helpers';

// Two worker processes (on NATS JetStream when NATS_URL is set, as in CI; else the embedded
// transport) drive many checkouts over the same few SKUs, every order locking the same stock rows
// in its own line order, with EVENTS_MAX_ATTEMPTS=1: a single deadlock that counted as an attempt
// would dead-letter a checkout event and leave a paid order behind. Expect no dead letter and every
// paid order completed, stock balanced. (A load guard: on a 2-core machine this load did not make
// the former group-per-transaction code deadlock twice in a row either — its savepoint redo absorbs
// one deadlock; the deterministic proof of the retry is packages/events contention.pg.int.test.ts.)

const ORDERS = 60;
const STOCK = 1000;

let app: TestApp;
let call: Call;
const workers: Spawned[] = [];
const prefix = `cont${randomUUID().replace(/-/g, '').slice(0, 10)}`;

beforeAll(async () => {
  app = await createTestApp({ CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' });
  call = client(app, (await signUpAndCreateWorkspace(app)).headers);
  const url = new URL(services.postgresUrl as string);
  url.pathname = `/${app.database.name}`;
  const env = {
    DATABASE_URL: url.toString(),
    NEXOVA_SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    EVENTS_POLL_INTERVAL_MS: '50',
    EVENTS_BATCH_SIZE: '50',
    EVENTS_MAX_ATTEMPTS: '1',
    ...(services.natsUrl ? { NATS_URL: services.natsUrl, NATS_PREFIX: prefix } : {}),
  };
  for (let i = 0; i < 2; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'nexova-contention-'));
    workers.push(spawnNexova(['start', '--role', 'worker', '--port', '0'], { ...env, NEXOVA_DATA_DIR: dir }));
  }
});
afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exit));
  await app?.dispose();
  if (services.natsUrl) await deleteNatsStreams(services.natsUrl, prefix);
});

/** Saga states of the given orders (read as the owner: across RLS), e.g. { payment_pending: 30 }. */
const states = async (orderIds: string[]) => {
  const rows = await app.database.asOwner(
    async (db) =>
      (
        (await db.execute(
          sql`select state, count(*)::int as n from checkout.sagas
            where order_id in (${sql.join(
              orderIds.map((id) => sql`${id}::uuid`),
              sql`, `,
            )}) group by state`,
        )) as unknown as { rows: { state: string; n: number }[] }
      ).rows,
  );
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
};

const allReach = async (orderIds: string[], state: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await states(orderIds);
    if (now[state] === orderIds.length) return;
    if (Date.now() > deadline) throw new Error(`not every saga reached ${state}: ${JSON.stringify(now)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe(`checkout under contention: two workers (${services.natsUrl ? 'NATS' : 'embedded'}), EVENTS_MAX_ATTEMPTS=1`, () => {
  it('no dead letter, every paid order completed, stock balanced', async () => {
    const skus = [];
    for (let i = 0; i < 4; i++) skus.push(await stockedVariant(call, 1000, STOCK));
    // Every order takes two to four of the same SKUs, in a different line order each time.
    const orders: { id: string; lines: { variant_id: string; quantity: number }[] }[] = [];
    for (let i = 0; i < ORDERS; i++) {
      const rotated = [...skus.slice(i % 4), ...skus.slice(0, i % 4)];
      const picked = (i % 3 === 0 ? rotated : rotated.slice(0, 2 + (i % 2))).reverse();
      const lines = picked.map((variant_id, k) => ({ variant_id, quantity: 1 + ((i + k) % 2) }));
      const res = await call('POST', '/orders', { lines });
      expect(res.statusCode, res.body).toBe(201);
      orders.push({ id: res.json().id as string, lines });
    }
    const ids = orders.map((o) => o.id);

    const confirmed = await Promise.all(
      ids.map((id) => call('POST', `/orders/${id}/submit`, { payment_provider: 'manual' })),
    );
    expect(confirmed.map((r) => r.statusCode)).toEqual(ids.map(() => 202));
    await allReach(ids, 'payment_pending', 60_000);

    const paid = await Promise.all(
      orders.map((o) =>
        call('POST', `/orders/${o.id}/payments`, {
          amount: o.lines.reduce((sum, l) => sum + 1000 * l.quantity, 0),
          method: 'transfer',
        }),
      ),
    );
    expect(paid.map((r) => r.statusCode)).toEqual(ids.map(() => 201));
    await allReach(ids, 'completed', 60_000);

    const [letters] = await app.database.asOwner(
      async (db) =>
        (
          (await db.execute(sql`select count(*)::int as n from events.dead_letters`)) as unknown as {
            rows: { n: number }[];
          }
        ).rows,
    );
    expect(letters?.n).toBe(0);
    for (const sku of skus) {
      const sold = orders.flatMap((o) => o.lines).filter((l) => l.variant_id === sku);
      const quantity = sold.reduce((sum, l) => sum + l.quantity, 0);
      expect(await stockOf(call, sku)).toMatchObject({ on_hand: STOCK - quantity, reserved: 0 });
    }
  }, 115_000);
});
