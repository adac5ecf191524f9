import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPaymentIntent, requestPayment, submitPaymentIntent } from '../src/index';
import { type Call, client, ctxOf, eventsOf, orderOf } from './helpers';

// Issue 9 §6: Stripe is called with no database transaction open. The request is recorded
// (requested + idempotency key) and committed, Stripe is called, the outcome is recorded in a new
// transaction. The fake Stripe holds the create call while the test writes the same rows.

let fake: FakeStripe;
let app: TestApp;
let ws: TestWorkspace;
let call: Call;

beforeAll(async () => {
  fake = await createFakeStripe();
  app = await createTestApp(fake.env);
  ws = await signUpAndCreateWorkspace(app);
  call = client(app, ws.headers);
});
afterAll(async () => {
  await app?.dispose();
  await fake?.close();
});

/** Sessions of this test database inside a transaction, other than the one asking. */
const openTransactions = async () =>
  (
    await queryRows<{ n: number }>(
      app.database.db,
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`,
    )
  )[0]?.n;

describe('the Stripe call runs outside any transaction', () => {
  it('while Stripe holds the create call, the same rows are written at once and no transaction is open', async () => {
    const orderId = await orderOf(call, 1000);
    const ctx = ctxOf(app, ws);
    await requestPayment({ runtime: app.runtimes.payments, ctx, input: { orderId, provider: 'stripe' } });
    const hold = fake.holdNextCreate();
    const sending = submitPaymentIntent({ runtime: app.runtimes.payments, ctx, input: { orderId } });
    try {
      expect((await hold.arrived).idempotencyKey).toBe(`nexova-order-${orderId}`);
      // The order's account row (the lock the old code held across the call) takes a payment now.
      const paid = await call('POST', `/orders/${orderId}/payments`, { amount: 100, method: 'cash' });
      expect(paid.statusCode, paid.body).toBe(201);
      // The intent row itself is not locked: NOWAIT would fail at once if anyone held it.
      const locked = await withTransaction(ctx, (t) =>
        queryRows<{ status: string }>(
          t.tx,
          sql`select status from payments.payment_intents where order_id = ${orderId} for update nowait`,
        ),
      );
      expect(locked).toEqual([{ status: 'requested' }]);
      // On PostgreSQL, no session sits in a transaction while Stripe answers (PGlite has one
      // connection: the writes above could not have run at all if a transaction were open).
      if (process.env.DATABASE_URL) expect(await openTransactions()).toBe(0);
    } finally {
      hold.release();
    }
    const intent = await sending;
    expect(intent).toMatchObject({ status: 'pending', amount: 1000 });
    expect(fake.intent(intent?.external_id as string)?.metadata).toMatchObject({ order_id: orderId });
  });
});

describe('a failure between the Stripe call and the record of its outcome', () => {
  let fast: TestApp;
  let fastWs: TestWorkspace;
  beforeAll(async () => {
    // The SDK gives up quickly and does not retry by itself: the retry under test is ours.
    fast = await createTestApp({ ...fake.env, STRIPE_TIMEOUT_MS: '300', STRIPE_MAX_NETWORK_RETRIES: '0' });
    fastWs = await signUpAndCreateWorkspace(fast);
  });
  afterAll(async () => {
    await fast?.dispose();
  });

  it('is retried with the same idempotency key and ends with one PaymentIntent', async () => {
    const orderId = await orderOf(client(fast, fastWs.headers), 2500);
    const ctx = ctxOf(fast, fastWs);
    await requestPayment({ runtime: fast.runtimes.payments, ctx, input: { orderId, provider: 'stripe' } });
    const created = fake.counts.intentsCreated;
    // Stripe creates the PaymentIntent but its answer never reaches us (the SDK times out).
    const hold = fake.holdNextCreate();
    try {
      await expect(
        submitPaymentIntent({ runtime: fast.runtimes.payments, ctx, input: { orderId } }),
      ).rejects.toMatchObject({
        status: 503,
        code: 'payment_provider_unavailable',
      });
      await hold.arrived;
      expect(fake.counts.intentsCreated).toBe(created + 1);
      expect(await getPaymentIntent({ ctx, input: { orderId } })).toMatchObject({
        status: 'requested',
        external_id: null,
      });
      // Within its lease nobody sends it again; once the lease is over, the retry does.
      expect(await submitPaymentIntent({ runtime: fast.runtimes.payments, ctx, input: { orderId } })).toBeNull();
      const later = new Date(Date.now() + 10 * 60_000);
      const retried = await submitPaymentIntent({
        runtime: fast.runtimes.payments,
        ctx,
        input: { orderId, now: later },
      });
      expect(retried).toMatchObject({ status: 'pending', amount: 2500 });
      const ours = fake.intents().filter((pi) => pi.metadata?.order_id === orderId);
      expect(ours).toHaveLength(1);
      expect(retried?.external_id).toBe(ours[0]?.id);
      expect(fake.counts.intentsCreated).toBe(created + 1);
      const sent = fake.requests.filter((r) => r.idempotencyKey === `nexova-order-${orderId}`);
      expect(sent).toHaveLength(2);
      expect(await eventsOf(fast, 'payments.intent.created', orderId)).toHaveLength(1);
    } finally {
      hold.release();
    }
  });
});
