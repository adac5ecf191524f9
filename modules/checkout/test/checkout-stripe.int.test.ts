import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, client, draftOrder, paymentCreated, sagaReaches, stockedVariant, stockOf } from './helpers';

// The checkout saga with Stripe: the real SDK against a local server speaking Stripe's API, and
// webhooks signed with the SDK's own test-header helper delivered to POST /api/v1/webhooks/stripe.

let app: TestApp;
let fake: FakeStripe;
let call: Call;

beforeAll(async () => {
  fake = await createFakeStripe();
  app = await createTestApp({ ...fake.env, CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' }, { workers: true });
  call = client(app, (await signUpAndCreateWorkspace(app)).headers);
});
afterAll(async () => {
  await app?.dispose();
  await fake?.close();
});

async function pendingStripeCheckout(quantity: number, onHand = 5) {
  const variant = await stockedVariant(call, 3000, onHand);
  const orderId = await draftOrder(call, variant, quantity);
  expect((await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'stripe' })).statusCode).toBe(202);
  await sagaReaches(call, orderId, ['payment_pending']);
  // The saga records the request; the workers create it at Stripe after the commit.
  const pending = await paymentCreated(call, orderId);
  const pi = fake.intent(pending.payment?.external_id as string);
  expect(pi?.metadata).toMatchObject({ order_id: orderId });
  expect(pi?.amount).toBe(3000 * quantity);
  return { variant, orderId, piId: pi?.id as string };
}

const countOf = async (orderId: string, type: string) =>
  (
    await queryRows<{ n: number }>(
      app.database.db,
      sql`select count(*)::int as n from events.outbox where aggregate_id = ${orderId} and type = ${type}`,
    )
  )[0]?.n;

/** Waits until the order's outbox holds an event of this type (published by a worker's commit). */
async function eventOf(orderId: string, type: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (((await countOf(orderId, type)) ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no ${type} for ${orderId}`);
}

describe('checkout saga with Stripe', () => {
  it('the same webhook delivered 3 times (at once) confirms the order once', async () => {
    const { variant, orderId, piId } = await pendingStripeCheckout(2);
    const event = fake.succeed(piId);
    const deliveries = await Promise.all([1, 2, 3].map(() => fake.deliver(event, app)));
    expect(deliveries.map((d) => d.statusCode)).toEqual([200, 200, 200]);
    const done = await sagaReaches(call, orderId, ['completed']);
    expect(done.payment?.status).toBe('succeeded');
    // A late, out-of-order failure for the same intent changes nothing.
    expect(
      (await fake.deliver(fake.event('payment_intent.payment_failed', { ...fake.intent(piId) }), app)).statusCode,
    ).toBe(200);
    expect(await countOf(orderId, 'checkout.saga.completed')).toBe(1);
    expect(await countOf(orderId, 'orders.order.confirmed')).toBe(1);
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ balance: 0, paid: 6000 });
    expect((await call('GET', `/orders/${orderId}/payments`)).json().items).toHaveLength(1);
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 3, reserved: 0 });
  });

  it('a failed payment fails the saga: stock released, order canceled, nothing charged', async () => {
    const { variant, orderId, piId } = await pendingStripeCheckout(3);
    expect(await stockOf(call, variant)).toMatchObject({ reserved: 3 });
    expect((await fake.deliver(fake.fail(piId, 'Your card was declined.'), app)).statusCode).toBe(200);
    const failed = await sagaReaches(call, orderId, ['payment_failed']);
    expect(failed.steps.map((s) => s.to_state)).toEqual([
      'started',
      'stock_reserved',
      'payment_pending',
      'payment_failed',
    ]);
    expect(failed.steps.at(-1)?.reason).toContain('declined');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 5, reserved: 0, available: 5 });
    expect((await call('GET', `/orders/${orderId}`)).json().status).toBe('canceled');
    expect((await call('GET', `/orders/${orderId}/balance`)).json().paid).toBe(0);
  });

  it('out of stock never asks Stripe for anything', async () => {
    const before = fake.counts.createRequests;
    const variant = await stockedVariant(call, 3000, 1);
    const orderId = await draftOrder(call, variant, 2);
    const refused = await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'stripe' });
    expect(refused.statusCode).toBe(422);
    expect((await call('GET', `/orders/${orderId}/checkout`)).statusCode).toBe(404);
    expect(fake.counts.createRequests).toBe(before);
  });

  it('a paid Stripe order is not canceled until refunded (409 order_has_payments, refund only)', async () => {
    const { orderId, piId } = await pendingStripeCheckout(1);
    expect((await fake.deliver(fake.succeed(piId), app)).statusCode).toBe(200);
    await sagaReaches(call, orderId, ['completed']);
    const refused = await call('POST', `/orders/${orderId}/cancel`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'order_has_payments',
      payments: [{ method: 'stripe', reference: piId, actions: ['refund'] }],
    });
    expect(fake.intent(piId)?.status).toBe('succeeded');
  });

  it('canceling a pending Stripe checkout cancels the PaymentIntent', async () => {
    const { orderId, piId } = await pendingStripeCheckout(1);
    expect((await call('POST', `/orders/${orderId}/cancel`, { reason: 'changed mind' })).statusCode).toBe(200);
    await sagaReaches(call, orderId, ['canceled']);
    // The saga recorded the cancel; the Stripe submitter workers send it after the commit.
    await eventOf(orderId, 'payments.intent.canceled');
    expect(fake.intent(piId)?.status).toBe('canceled');
  });
});
