import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type Spawned, spawnNexova, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { deleteNatsStreams } from '@nexova/events';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe, services } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type Call, client, draftOrder, paymentCreated, sagaReaches, stockedVariant, stockOf } from './helpers';

// A worker process SIGKILLed while it waits on Stripe's answer (the saga's request recorded and
// committed, the call made outside any transaction), then a fresh worker:
// the saga resumes from its persisted state, Stripe's idempotency key yields the same
// PaymentIntent, and every step and event happens once. PostgreSQL (two processes share the
// database); in CI's NATS step the workers ride JetStream.

let app: TestApp;
let fake: FakeStripe;
let call: Call;
let workerEnv: Record<string, string>;
const workers: Spawned[] = [];
const prefix = `crash${randomUUID().replace(/-/g, '').slice(0, 10)}`;

beforeAll(async () => {
  fake = await createFakeStripe();
  app = await createTestApp({ ...fake.env });
  call = client(app, (await signUpAndCreateWorkspace(app)).headers);
  const url = new URL(services.postgresUrl as string);
  url.pathname = `/${app.database.name}`;
  workerEnv = {
    ...fake.env,
    DATABASE_URL: url.toString(),
    NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-crash-')),
    NEXOVA_SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    STRIPE_MAX_NETWORK_RETRIES: '0',
    // A request whose sender died is sent again once its lease (timeout × tries + a round) ends.
    STRIPE_TIMEOUT_MS: '2000',
    PAYMENTS_SUBMIT_INTERVAL_MS: '100',
    EVENTS_POLL_INTERVAL_MS: '50',
    ...(services.natsUrl ? { NATS_URL: services.natsUrl, NATS_PREFIX: prefix } : {}),
  };
});
afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exit));
  await app?.dispose();
  await fake?.close();
  if (services.natsUrl) await deleteNatsStreams(services.natsUrl, prefix);
});

const worker = () => {
  const spawned = spawnNexova(['start', '--role', 'worker', '--port', '0'], workerEnv);
  workers.push(spawned);
  return spawned;
};

describe('checkout saga: a worker SIGKILLed mid-saga', () => {
  it('resumes on another worker: one PaymentIntent, every step once, completed by the webhook', async () => {
    const variant = await stockedVariant(call, 4500, 3);
    const orderId = await draftOrder(call, variant, 2);
    const hold = fake.holdNextCreate();
    const first = worker();
    expect((await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'stripe' })).statusCode).toBe(202);

    // The first worker reserved the stock, recorded the request and is waiting on Stripe's answer
    // (outside any transaction): kill it there.
    const request = await hold.arrived;
    expect(request.idempotencyKey).toBe(`nexova-order-${orderId}`);
    first.child.kill('SIGKILL');
    await first.exit;
    hold.release();

    worker();
    await sagaReaches(call, orderId, ['payment_pending'], 60_000);
    const pending = await paymentCreated(call, orderId, 60_000);
    expect(fake.counts.intentsCreated).toBe(1);
    const [pi] = fake.intents();
    expect(pending.payment).toMatchObject({ provider: 'stripe', status: 'pending', external_id: pi?.id });
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 3, reserved: 2 });

    // The customer pays; Stripe delivers the webhook three times.
    const event = fake.succeed(pi?.id as string);
    for (let i = 0; i < 3; i++) expect((await fake.deliver(event, app)).statusCode).toBe(200);
    const done = await sagaReaches(call, orderId, ['completed'], 60_000);
    expect(done.steps.map((s) => s.to_state)).toEqual(['started', 'stock_reserved', 'payment_pending', 'completed']);
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 1, reserved: 0 });

    const events = await queryRows<{ type: string; n: number }>(
      app.database.db,
      sql`select type, count(*)::int as n from events.outbox where aggregate_id = ${orderId}
          and (type like 'checkout.saga.%' or type like 'orders.order.%') group by type order by type`,
    );
    expect(events.every((e) => e.n === 1)).toBe(true);
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ balance: 0, paid: 9000 });
    expect((await call('GET', `/orders/${orderId}/payments`)).json().items).toHaveLength(1);
  }, 180_000);
});
