import { createTestApp, type TestApp } from '@nexova/app';
import { withTransaction } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancelPaymentRequest,
  getPaymentIntent,
  requestPayment,
  submitIntentCancel,
  submitPaymentIntent,
} from '../src/index';
import { type Call, client, ctxOf, eventsOf, orderOf, stripeIntentOf } from './helpers';

let fake: FakeStripe;
let app: TestApp;
let ws: TestWorkspace;
let call: Call;
const ctx = () => ctxOf(app, ws);

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

describe('requestPayment — manual', () => {
  it('creates one pending manual intent (the default) without calling Stripe; paying the order settles it', async () => {
    const orderId = await orderOf(call, 1000);
    const before = fake.counts.requests;
    const intent = await requestPayment({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    expect(intent).toMatchObject({ order_id: orderId, provider: 'manual', status: 'pending', amount: 1000 });
    expect(intent).toMatchObject({ currency: 'BRL', external_id: null, client_secret: null, failure_reason: null });
    expect(
      await requestPayment({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId, provider: 'stripe' } }),
    ).toEqual(intent);
    expect(fake.counts.requests).toBe(before);
    expect((await call('GET', `/orders/${orderId}/payment-intent`)).json()).toEqual(intent);

    await call('POST', `/orders/${orderId}/payments`, { amount: 400, method: 'cash' });
    expect((await getPaymentIntent({ ctx: ctx(), input: { orderId } }))?.status).toBe('pending');
    await call('POST', `/orders/${orderId}/payments`, { amount: 600, method: 'transfer' });
    expect((await getPaymentIntent({ ctx: ctx(), input: { orderId } }))?.status).toBe('succeeded');
    expect(await eventsOf(app, 'payments.intent.created', orderId)).toEqual([
      { order_id: orderId, provider: 'manual', amount: 1000, currency: 'BRL', external_id: null },
    ]);
    expect(await eventsOf(app, 'payments.intent.succeeded', orderId)).toHaveLength(1);
  });

  it('a paid order gets a succeeded intent at once; a missing order is 404; no intent reads as null', async () => {
    const orderId = await orderOf(call, 500);
    await call('POST', `/orders/${orderId}/payments`, { amount: 500, method: 'cash' });
    const before = fake.counts.requests;
    const intent = await requestPayment({
      runtime: app.runtimes.payments,
      ctx: ctx(),
      input: { orderId, provider: 'stripe' },
    });
    expect(intent).toMatchObject({ status: 'succeeded', amount: 0, external_id: null });
    expect(fake.counts.requests).toBe(before);
    const other = await orderOf(call, 500);
    expect(await getPaymentIntent({ ctx: ctx(), input: { orderId: other } })).toBeNull();
    const res = await call('GET', `/orders/${other}/payment-intent`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('payment_intent_not_found');
    await expect(
      requestPayment({
        runtime: app.runtimes.payments,
        ctx: ctx(),
        input: { orderId: '0190f1c2-7d3a-7b41-9e4c-000000000000' },
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('requestPayment — stripe', () => {
  it('records the request (requested, no Stripe call); submitting creates the PaymentIntent once', async () => {
    const orderId = await orderOf(call, 1000);
    await call('POST', `/orders/${orderId}/payments`, { amount: 300, method: 'cash' });
    const created = fake.counts.intentsCreated;
    const requests = fake.counts.requests;
    const requested = await requestPayment({
      runtime: app.runtimes.payments,
      ctx: ctx(),
      input: { orderId, provider: 'stripe' },
    });
    expect(requested).toMatchObject({ provider: 'stripe', status: 'requested', amount: 700, external_id: null });
    expect(fake.counts.requests).toBe(requests);
    const intent = await submitPaymentIntent({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    expect(intent).toMatchObject({ provider: 'stripe', status: 'pending', amount: 700, currency: 'BRL' });
    const pi = fake.intent(intent?.external_id as string);
    expect(pi).toMatchObject({
      amount: 700,
      currency: 'brl',
      metadata: { order_id: orderId, workspace_id: ws.workspaceId },
    });
    expect(intent?.client_secret).toBe(pi?.client_secret);
    const request = fake.requests.find(
      (r) => r.params.metadata && (r.params.metadata as { order_id?: string }).order_id === orderId,
    );
    expect(request?.idempotencyKey).toBe(`nexova-order-${orderId}`);
    expect(
      await requestPayment({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId, provider: 'stripe' } }),
    ).toEqual(intent);
    expect(await submitPaymentIntent({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } })).toBeNull();
    expect(fake.counts.intentsCreated).toBe(created + 1);
    expect(await eventsOf(app, 'payments.intent.created', orderId)).toHaveLength(1);
  });

  it('concurrent requests and submits for one order make one intent', async () => {
    const orderId = await orderOf(call, 1000);
    const created = fake.counts.intentsCreated;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        requestPayment({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId, provider: 'stripe' } }),
      ),
    );
    const submitted = await Promise.all(
      Array.from({ length: 5 }, () =>
        submitPaymentIntent({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } }),
      ),
    );
    // One sender holds the lease; the others find nothing to send.
    expect(submitted.filter((r) => r !== null)).toHaveLength(1);
    expect(fake.counts.intentsCreated).toBe(created + 1);
  });

  it('never calls Stripe inside a transaction', async () => {
    const orderId = await orderOf(call, 1000);
    await requestPayment({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId, provider: 'stripe' } });
    await expect(
      withTransaction(ctx(), (t) =>
        submitPaymentIntent({ runtime: app.runtimes.payments, ctx: t, input: { orderId } }),
      ),
    ).rejects.toThrow('outside any transaction');
  });

  it("a request Stripe rejects fails the intent (payments.intent.failed) with Stripe's reason", async () => {
    const sku = 'BIG';
    const product = (
      await call('POST', '/products', { name: sku, currency: 'BRL', variants: [{ sku, price: 100_000_000 }] })
    ).json();
    const orderId = (
      await call('POST', '/orders', { lines: [{ variant_id: product.variants[0].id, quantity: 1 }] })
    ).json().id;
    await requestPayment({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId, provider: 'stripe' } });
    const failed = await submitPaymentIntent({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    expect(failed).toMatchObject({ status: 'failed', external_id: null });
    expect(failed?.failure_reason).toContain('Stripe refused the request');
    expect(await eventsOf(app, 'payments.intent.failed', orderId)).toHaveLength(1);
  });
});

describe('cancelPaymentRequest', () => {
  it('cancels a pending PaymentIntent at Stripe, once; no intent → null', async () => {
    const orderId = await orderOf(call, 1000);
    expect(await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'timeout' } })).toBeNull();
    const intent = await stripeIntentOf(ctx(), orderId, app.runtimes.payments);
    const cancels = fake.counts.cancels;
    const requests = fake.counts.requests;
    const asked = await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'payment timed out' } });
    // Recorded in the caller's transaction; Stripe is not called there.
    expect(asked).toMatchObject({ status: 'cancel_requested', failure_reason: 'payment timed out' });
    expect(fake.counts.requests).toBe(requests);
    expect(await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'again' } })).toEqual(asked);
    const canceled = await submitIntentCancel({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    expect(canceled).toMatchObject({ status: 'canceled', failure_reason: 'payment timed out' });
    expect(fake.intent(intent.external_id as string)?.status).toBe('canceled');
    expect(await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'again' } })).toEqual(canceled);
    expect(await submitIntentCancel({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } })).toBeNull();
    expect(fake.counts.cancels).toBe(cancels + 1);
    expect(await eventsOf(app, 'payments.intent.canceled', orderId)).toMatchObject([
      { reason: 'payment timed out', refunded: false, external_id: intent.external_id },
    ]);
  });

  it('refunds a succeeded PaymentIntent and marks its stripe payment refunded', async () => {
    const orderId = await orderOf(call, 1000);
    const intent = await stripeIntentOf(ctx(), orderId, app.runtimes.payments);
    const delivery = await fake.deliver(fake.succeed(intent.external_id as string), app);
    expect(delivery.json()).toMatchObject({ outcome: 'applied' });
    const refunds = fake.counts.refunds;
    await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'stock lost' } });
    expect(fake.counts.refunds).toBe(refunds);
    const canceled = await submitIntentCancel({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    expect(canceled?.status).toBe('canceled');
    expect(fake.counts.refunds).toBe(refunds + 1);
    const account = (await call('GET', `/orders/${orderId}/balance`)).json();
    expect(account).toMatchObject({ paid: 0, balance: 1000 });
    expect((await call('GET', `/orders/${orderId}/payments`)).json().items).toMatchObject([
      { method: 'stripe', status: 'refunded', reference: intent.external_id },
    ]);
    expect(await eventsOf(app, 'payments.payment.refunded', orderId)).toHaveLength(1);
    expect(await eventsOf(app, 'payments.intent.canceled', orderId)).toMatchObject([{ refunded: true }]);
    await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'again' } });
    expect(fake.counts.refunds).toBe(refunds + 1);
  });

  it('refunds a PaymentIntent the customer paid before its webhook arrived; the late webhook is stale', async () => {
    const orderId = await orderOf(call, 1000);
    const intent = await stripeIntentOf(ctx(), orderId, app.runtimes.payments);
    const late = fake.succeed(intent.external_id as string);
    await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'timeout' } });
    const canceled = await submitIntentCancel({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    expect(canceled?.status).toBe('canceled');
    expect(fake.refundsOf(intent.external_id as string)).toHaveLength(1);
    expect((await fake.deliver(late, app)).json()).toMatchObject({ outcome: 'stale' });
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 0 });
    expect((await call('GET', `/orders/${orderId}/payments`)).json()).toEqual({ items: [], next_cursor: null });
    expect(await eventsOf(app, 'payments.intent.canceled', orderId)).toMatchObject([{ refunded: true }]);
  });

  it('cancels a failed PaymentIntent at Stripe so the customer cannot pay it later', async () => {
    const orderId = await orderOf(call, 1000);
    const intent = await stripeIntentOf(ctx(), orderId, app.runtimes.payments);
    await fake.deliver(fake.fail(intent.external_id as string, 'Insufficient funds.'), app);
    expect((await getPaymentIntent({ ctx: ctx(), input: { orderId } }))?.status).toBe('failed');
    await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'payment failed' } });
    const canceled = await submitIntentCancel({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    expect(canceled?.status).toBe('canceled');
    expect(fake.intent(intent.external_id as string)?.status).toBe('canceled');
  });

  it('cancels a pending manual intent without calling Stripe', async () => {
    const orderId = await orderOf(call, 1000);
    await requestPayment({ runtime: app.runtimes.payments, ctx: ctx(), input: { orderId } });
    const before = fake.counts.requests;
    expect(await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'timeout' } })).toMatchObject({
      provider: 'manual',
      status: 'canceled',
    });
    expect(fake.counts.requests).toBe(before);
  });
});

describe('without Stripe configured', () => {
  it('a stripe request is 422 and the webhook answers 503', async () => {
    const bare = await createTestApp();
    try {
      const owner = await signUpAndCreateWorkspace(bare);
      const orderId = await orderOf(client(bare, owner.headers), 1000);
      await expect(
        requestPayment({
          runtime: bare.runtimes.payments,
          ctx: ctxOf(bare, owner),
          input: { orderId, provider: 'stripe' },
        }),
      ).rejects.toMatchObject({ status: 422, code: 'stripe_not_configured' });
      const res = await fake.deliver(fake.event('payment_intent.succeeded', { id: 'pi_x' }), bare);
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('stripe_webhook_not_configured');
    } finally {
      await bare.dispose();
    }
  });
});
