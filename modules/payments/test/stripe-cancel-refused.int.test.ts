import { createTestApp, type TestApp } from '@nexova/app';
import { withTransaction } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelPaymentRequest, getPaymentIntent, submitIntentCancel, submitRequestedPayments } from '../src/index';
import { type Call, client, ctxOf, eventsOf, orderOf, stripeIntentOf } from './helpers';

// A cancel Stripe refuses (a 4xx that retrying cannot change) ends the attempt: the intent is
// recorded canceled with Stripe's words, once, instead of being sent again after every lease.

let fake: FakeStripe;
let app: TestApp;
let ws: TestWorkspace;
let call: Call;
const ctx = () => ctxOf(app, ws);

beforeAll(async () => {
  fake = await createFakeStripe();
  app = await createTestApp({ ...fake.env, LOG_LEVEL: 'silent' });
  ws = await signUpAndCreateWorkspace(app);
  call = client(app, ws.headers);
});
afterAll(async () => {
  await app?.dispose();
  await fake?.close();
});

describe('a cancel Stripe refuses', () => {
  it('a PaymentIntent unknown to Stripe (404 resource_missing): canceled once, not retried', async () => {
    const orderId = await orderOf(call, 1100);
    await stripeIntentOf(ctx(), orderId, app.runtimes.payments);
    // The PaymentIntent belongs to another Stripe account (keys swapped), or was made in another mode.
    await withTransaction(ctx(), (t) =>
      t.tx.execute(
        sql`update payments.payment_intents set external_id = 'pi_unknown_here' where order_id = ${orderId}`,
      ),
    );
    await cancelPaymentRequest({ ctx: ctx(), input: { orderId, reason: 'timed out' } });
    const sent = () => fake.requests.filter((r) => r.idempotencyKey === `nexova-cancel-${orderId}`).length;

    const canceled = await submitIntentCancel({ ctx: ctx(), input: { orderId }, runtime: app.runtimes.payments });
    expect(canceled).toMatchObject({ status: 'canceled' });
    expect(canceled?.failure_reason).toMatch(/^timed out; Stripe refused the cancel: .*pi_unknown_here/);
    expect(sent()).toBe(1);
    expect(await eventsOf(app, 'payments.intent.canceled', orderId)).toMatchObject([
      { external_id: 'pi_unknown_here', refunded: false },
    ]);

    // Nothing left to send, now or after the lease: no loop.
    const later = new Date(Date.now() + 60 * 60_000);
    expect(
      await submitIntentCancel({ ctx: ctx(), input: { orderId, now: later }, runtime: app.runtimes.payments }),
    ).toBeNull();
    await submitRequestedPayments({ ctx: ctx(), input: { now: later }, runtime: app.runtimes.payments });
    expect(sent()).toBe(1);
    expect((await getPaymentIntent({ ctx: ctx(), input: { orderId } }))?.status).toBe('canceled');
    expect(await eventsOf(app, 'payments.intent.canceled', orderId)).toHaveLength(1);
  });
});
