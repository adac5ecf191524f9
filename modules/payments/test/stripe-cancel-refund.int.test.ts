import { createTestApp, type TestApp } from '@nexova/app';
import { withTransaction } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelPaymentRequest, getPaymentIntent, submitIntentCancel } from '../src/index';
import { type Call, client, ctxOf, eventsOf, orderOf, stripeIntentOf } from './helpers';
import { isCancel, isRefund, openTransactions, paidByStripe, rowsAreFree } from './stripe-refund-helpers';

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
    const { intent, paymentId } = await paidByStripe(fake, app, ctx(), orderId);
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
