import { createTestApp, type TestApp } from '@nexova/app';
import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe, type RecordedRequest } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancelPaymentRequest,
  getPaymentIntent,
  submitIntentCancel,
  submitPaymentRefund,
  submitRequestedPayments,
} from '../src/index';
import { type Call, client, ctxOf, eventsOf, orderOf, stripeIntentOf } from './helpers';

// Issue 9 §6 for the other Stripe calls: the checkout saga's cancel of a PaymentIntent and a staff
// refund of a stripe payment are recorded (cancel_requested / refund_requested) and committed,
// Stripe is called with no transaction open, and the outcome is recorded in a new transaction. The
// fake Stripe holds the call while the test writes the same rows; a lost answer is retried with
// the same idempotency key and Stripe cancels or refunds once.

let fake: FakeStripe;
let app: TestApp;
let ws: TestWorkspace;
let call: Call;
const ctx = () => ctxOf(app, ws);

beforeAll(async () => {
  fake = await createFakeStripe();
  app = await createTestApp({ ...fake.env, LOG_LEVEL: process.env.DEBUG_LOG ? 'error' : 'silent' });
  ws = await signUpAndCreateWorkspace(app);
  call = client(app, ws.headers);
});
afterAll(async () => {
  await app?.dispose();
  await fake?.close();
});

const isCancel = (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith('/cancel');
const isRefund = (r: RecordedRequest) => r.method === 'POST' && r.path === '/v1/refunds';

/** Sessions of this test database inside a transaction, other than the one asking (PostgreSQL only). */
const openTransactions = async (on: TestApp) =>
  (
    await queryRows<{ n: number }>(
      on.database.db,
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`,
    )
  )[0]?.n;

/** The rows a call made inside a transaction would hold: taken at once (NOWAIT) or this throws. */
async function rowsAreFree(c: AppContext, orderId: string) {
  return withTransaction(c, async (t) => [
    ...(await queryRows<{ status: string }>(
      t.tx,
      sql`select status from payments.payment_intents where order_id = ${orderId} for update nowait`,
    )),
    ...(await queryRows<{ status: string }>(
      t.tx,
      sql`select 'account' as status from payments.order_accounts where order_id = ${orderId} for update nowait`,
    )),
    ...(await queryRows<{ status: string }>(
      t.tx,
      sql`select status from payments.payments where order_id = ${orderId} for update nowait`,
    )),
  ]);
}

/** An order paid by a Stripe PaymentIntent (its webhook delivered): the stripe payment's id. */
async function paidByStripe(on: TestApp, c: AppContext, orderId: string) {
  const intent = await stripeIntentOf(c, orderId, on.runtimes.payments);
  expect((await fake.deliver(fake.succeed(intent.external_id as string), on)).json()).toMatchObject({
    outcome: 'applied',
  });
  const [payment] = await withTransaction(c, (t) =>
    queryRows<{ id: string }>(t.tx, sql`select id from payments.payments where reference = ${intent.external_id}`),
  );
  if (!payment) throw new Error(`no stripe payment was registered for ${orderId}`);
  return { intent, paymentId: payment.id };
}

/** Waits for the commit that records the refund (the request's post-answer step, or a worker). */
async function refundedEvent(on: TestApp, orderId: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await eventsOf(on, 'payments.payment.refunded', orderId)).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the refund of ${orderId} was never recorded`);
}

describe('the cancel of a PaymentIntent runs outside any transaction', () => {
  it('the saga records cancel_requested; while Stripe holds the cancel, its rows are free and no transaction is open', async () => {
    const orderId = await orderOf(call, 1000);
    const intent = await stripeIntentOf(ctx(), orderId, app.runtimes.payments);
    const before = fake.counts.requests;
    await withTransaction(ctx(), (t) => cancelPaymentRequest({ ctx: t, input: { orderId, reason: 'timed out' } }));
    expect(fake.counts.requests).toBe(before);
    const hold = fake.holdNext(isCancel);
    const sending = submitIntentCancel({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    try {
      expect((await hold.arrived).idempotencyKey).toBe(`nexova-cancel-${orderId}`);
      expect(await rowsAreFree(ctx(), orderId)).toEqual([{ status: 'cancel_requested' }, { status: 'account' }]);
      if (process.env.DATABASE_URL) expect(await openTransactions(app)).toBe(0);
    } finally {
      hold.release();
    }
    expect(await sending).toMatchObject({ status: 'canceled', failure_reason: 'timed out' });
    expect(fake.intent(intent.external_id as string)?.status).toBe('canceled');
    expect(await eventsOf(app, 'payments.intent.canceled', orderId)).toMatchObject([{ refunded: false }]);
  });

  it('a paid intent is refunded outside any transaction and its stripe payment marked refunded', async () => {
    const orderId = await orderOf(call, 1500);
    const { intent, paymentId } = await paidByStripe(app, ctx(), orderId);
    await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'stock lost' } });
    const hold = fake.holdNext(isRefund);
    const sending = submitIntentCancel({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    try {
      expect((await hold.arrived).idempotencyKey).toBe(`nexova-refund-${orderId}`);
      expect(await rowsAreFree(ctx(), orderId)).toHaveLength(3);
      if (process.env.DATABASE_URL) expect(await openTransactions(app)).toBe(0);
    } finally {
      hold.release();
    }
    expect(await sending).toMatchObject({ status: 'canceled' });
    expect(fake.refundsOf(intent.external_id as string)).toHaveLength(1);
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 0 });
    const account = (await call('GET', `/orders/${orderId}/payments`)).json();
    expect(account).toMatchObject({ items: [{ id: paymentId, status: 'refunded' }] });
    expect(await eventsOf(app, 'payments.intent.canceled', orderId)).toMatchObject([{ refunded: true }]);
  });
  it('paid while its cancel was on the way: the money is recorded, then refunded once and reversed', async () => {
    const orderId = await orderOf(call, 1700);
    const intent = await stripeIntentOf(ctx(), orderId, app.runtimes.payments);
    await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'timed out' } });
    // The customer pays before the cancel reaches Stripe; its webhook arrives first.
    const paid = await fake.deliver(fake.succeed(intent.external_id as string), app);
    expect(paid.json()).toMatchObject({ outcome: 'applied' });
    expect((await getPaymentIntent({ ctx: ctx(), input: { orderId } }))?.status).toBe('cancel_requested');
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 1700 });
    const runs = await Promise.all(
      [1, 2].map(() => submitIntentCancel({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } })),
    );
    expect(runs.filter(Boolean)).toMatchObject([{ status: 'canceled' }]);
    expect(fake.refundsOf(intent.external_id as string)).toHaveLength(1);
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 0 });
    expect((await call('GET', `/orders/${orderId}/payments`)).json().items).toMatchObject([
      { method: 'stripe', status: 'refunded' },
    ]);
    expect(await eventsOf(app, 'payments.intent.canceled', orderId)).toMatchObject([{ refunded: true }]);
    expect(await eventsOf(app, 'payments.payment.refunded', orderId)).toHaveLength(1);
  });
});

describe('a staff refund of a stripe payment', () => {
  it('answers 202 refund_requested; the refund is sent after the commit with no transaction open, once', async () => {
    const orderId = await orderOf(call, 2000);
    const { intent, paymentId } = await paidByStripe(app, ctx(), orderId);
    const hold = fake.holdNext(isRefund);
    try {
      const res = await call('POST', `/payments/${paymentId}/refund`, { reason: 'customer returned it' });
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json()).toMatchObject({ status: 'refund_requested', reversal_reason: 'customer returned it' });
      const sent = await hold.arrived;
      expect(sent.idempotencyKey).toBe(`nexova-refund-payment-${paymentId}`);
      expect(sent.params).toMatchObject({ payment_intent: intent.external_id, amount: '2000' });
      // The payment's and the account's rows are free while Stripe answers; the request is committed.
      expect(await rowsAreFree(ctx(), orderId)).toContainEqual({ status: 'refund_requested' });
      if (process.env.DATABASE_URL) expect(await openTransactions(app)).toBe(0);
      // Still counted as paid, and it keeps the order from being canceled, until Stripe refunded it.
      expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 2000 });
    } finally {
      hold.release();
    }
    await refundedEvent(app, orderId);
    expect((await call('GET', `/payments/${paymentId}`)).json()).toMatchObject({
      status: 'refunded',
      reversal_reason: 'customer returned it',
    });
    expect(fake.refundsOf(intent.external_id as string)).toHaveLength(1);
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 0, balance: 2000 });
    expect(await eventsOf(app, 'payments.payment.refunded', orderId)).toHaveLength(1);
    // Asking again: the payment is refunded already (409), nothing more at Stripe.
    expect((await call('POST', `/payments/${paymentId}/refund`, {})).statusCode).toBe(409);
    expect(fake.refundsOf(intent.external_id as string)).toHaveLength(1);
  });

  it('Stripe refusing the refund puts the payment back to registered and publishes refund_failed', async () => {
    const orderId = await orderOf(call, 1000);
    const { intent, paymentId } = await paidByStripe(app, ctx(), orderId);
    // Part of it was refunded from Stripe's dashboard: a full refund is more than is left.
    const direct = await fetch(`${fake.url}/v1/refunds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.secretKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `payment_intent=${intent.external_id}&amount=100`,
    });
    expect(direct.status).toBe(200);
    expect((await call('POST', `/payments/${paymentId}/refund`, {})).statusCode).toBe(202);
    const failed = async () => (await eventsOf(app, 'payments.payment.refund_failed', orderId)).length;
    const until = Date.now() + 30_000;
    while ((await failed()) === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await eventsOf(app, 'payments.payment.refund_failed', orderId)).toMatchObject([
      { payment_id: paymentId, amount: 1000 },
    ]);
    expect((await call('GET', `/payments/${paymentId}`)).json().status).toBe('registered');
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 1000 });
    expect(fake.refundsOf(intent.external_id as string)).toHaveLength(1);
    await expect(
      submitPaymentRefund({ runtime: app.runtimes.payments, ctx: ctx(), input: { paymentId } }),
    ).resolves.toBeNull();
  });

  it('a cash payment is refunded at once without Stripe', async () => {
    const orderId = await orderOf(call, 800);
    const paid = (await call('POST', `/orders/${orderId}/payments`, { amount: 800, method: 'cash' })).json();
    const before = fake.counts.requests;
    const res = await call('POST', `/payments/${paid.id}/refund`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('refunded');
    expect(fake.counts.requests).toBe(before);
  });
});

describe('a failure between the Stripe call and the record of its outcome', () => {
  let fast: TestApp;
  let fastWs: TestWorkspace;
  let fastCall: Call;
  const fctx = () => ctxOf(fast, fastWs);
  const later = () => new Date(Date.now() + 10 * 60_000);
  beforeAll(async () => {
    // The SDK gives up quickly and does not retry by itself: the retry under test is ours.
    fast = await createTestApp({ ...fake.env, STRIPE_TIMEOUT_MS: '300', STRIPE_MAX_NETWORK_RETRIES: '0' });
    fastWs = await signUpAndCreateWorkspace(fast);
    fastCall = client(fast, fastWs.headers);
  });
  afterAll(async () => {
    await fast?.dispose();
  });

  it('a lost cancel answer is retried with the same key after the lease; Stripe cancels once', async () => {
    const orderId = await orderOf(fastCall, 1200);
    await stripeIntentOf(fctx(), orderId, fast.runtimes.payments);
    await cancelPaymentRequest({ ctx: fctx(), input: { orderId, reason: 'timed out' } });
    const cancels = fake.counts.cancels;
    const hold = fake.holdNext(isCancel);
    try {
      await expect(
        submitIntentCancel({ runtime: fast.runtimes.payments, ctx: fctx(), input: { orderId } }),
      ).rejects.toMatchObject({ status: 503 });
      await hold.arrived;
      expect(fake.counts.cancels).toBe(cancels + 1);
      expect((await getPaymentIntent({ ctx: fctx(), input: { orderId } }))?.status).toBe('cancel_requested');
      // Within its lease nobody sends it again; after it, concurrent workers send it once more.
      expect(await submitIntentCancel({ runtime: fast.runtimes.payments, ctx: fctx(), input: { orderId } })).toBeNull();
      const now = later();
      const runs = await Promise.all(
        [1, 2, 3].map(() => submitRequestedPayments({ runtime: fast.runtimes.payments, ctx: fctx(), input: { now } })),
      );
      expect(runs.reduce((n, r) => n + r.submitted, 0)).toBe(1);
    } finally {
      hold.release();
    }
    expect((await getPaymentIntent({ ctx: fctx(), input: { orderId } }))?.status).toBe('canceled');
    expect(fake.counts.cancels).toBe(cancels + 1);
    expect(fake.requests.filter((r) => r.idempotencyKey === `nexova-cancel-${orderId}`)).toHaveLength(2);
    expect(await eventsOf(fast, 'payments.intent.canceled', orderId)).toHaveLength(1);
  });

  it('a refund whose Stripe answer was lost stays refund_requested; the retry refunds once', async () => {
    const orderId = await orderOf(fastCall, 900);
    const { intent, paymentId } = await paidByStripe(fast, fctx(), orderId);
    const hold = fake.holdNext(isRefund);
    try {
      const res = await fastCall('POST', `/payments/${paymentId}/refund`, { reason: 'damaged' });
      expect(res.statusCode, res.body).toBe(202);
      expect(res.json()).toMatchObject({ status: 'refund_requested', reversal_reason: 'damaged' });
      // The send after the answer reaches Stripe, which refunds, but its answer is lost (SDK timeout).
      await hold.arrived;
      expect(fake.refundsOf(intent.external_id as string)).toHaveLength(1);
      await submitPaymentRefund({ runtime: fast.runtimes.payments, ctx: fctx(), input: { paymentId } }).catch(
        () => null,
      ); // leased: null
      // Still counted as paid until the refund is recorded; asking again answers the same 202.
      expect((await fastCall('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 900 });
      expect((await fastCall('POST', `/payments/${paymentId}/refund`, {})).statusCode).toBe(202);
      const now = later();
      const [a, b] = await Promise.all([
        submitPaymentRefund({ runtime: fast.runtimes.payments, ctx: fctx(), input: { paymentId, now } }),
        submitRequestedPayments({ runtime: fast.runtimes.payments, ctx: fctx(), input: { now } }),
      ]);
      // Exactly one of them sent it (the other found it leased or already refunded).
      expect((a?.status === 'refunded' ? 1 : 0) + b.submitted).toBe(1);
    } finally {
      hold.release();
    }
    expect(fake.refundsOf(intent.external_id as string)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.idempotencyKey === `nexova-refund-payment-${paymentId}`)).toHaveLength(2);
    expect((await fastCall('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 0 });
    expect((await fastCall('GET', `/orders/${orderId}/payments`)).json().items).toMatchObject([
      { id: paymentId, status: 'refunded', reversal_reason: 'damaged' },
    ]);
    expect(await eventsOf(fast, 'payments.payment.refunded', orderId)).toHaveLength(1);
  });
});
