import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancelPaymentRequest,
  getPaymentIntent,
  submitIntentCancel,
  submitPaymentRefund,
  submitRequestedPayments,
} from '../src/index';
import { type Call, client, ctxOf, eventsOf, orderOf, stripeIntentOf } from './helpers';
import { isCancel, isRefund, paidByStripe } from './stripe-refund-helpers';

// A Stripe answer lost between the call and the record of its outcome (issue 9 §6): the cancel or
// refund is retried with the same idempotency key after the lease, and Stripe acts once.

let fake: FakeStripe;
let app: TestApp;
let ws: TestWorkspace;
let _call: Call;
const _ctx = () => ctxOf(app, ws);

beforeAll(async () => {
  fake = await createFakeStripe();
  app = await createTestApp({ ...fake.env, LOG_LEVEL: process.env.DEBUG_LOG ? 'error' : 'silent' });
  ws = await signUpAndCreateWorkspace(app);
  _call = client(app, ws.headers);
});
afterAll(async () => {
  await app?.dispose();
  await fake?.close();
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
    const { intent, paymentId } = await paidByStripe(fake, fast, fctx(), orderId);
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
