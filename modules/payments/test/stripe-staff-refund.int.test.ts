import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitPaymentRefund } from '../src/index';
import { type Call, client, ctxOf, eventsOf, orderOf } from './helpers';
import { isRefund, openTransactions, paidByStripe, refundedEvent, rowsAreFree } from './stripe-refund-helpers';

// A staff refund of a stripe payment (issue 9 §6): recorded as refund_requested and committed, sent
// to Stripe with no transaction open, its outcome recorded in a new transaction, once.

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

describe('a staff refund of a stripe payment', () => {
  it('answers 202 refund_requested; the refund is sent after the commit with no transaction open, once', async () => {
    const orderId = await orderOf(call, 2000);
    const { intent, paymentId } = await paidByStripe(fake, app, ctx(), orderId);
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
    const { intent, paymentId } = await paidByStripe(fake, app, ctx(), orderId);
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
