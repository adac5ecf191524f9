import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { createFakeStripe, type FakeStripe } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPaymentIntent } from '../src/index';
import { type Call, client, ctxOf, eventsOf, orderOf, stripeIntentOf } from './helpers';

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

/** A confirmed-for-payment order: its stripe intent's PaymentIntent id. */
async function stripeOrder(total = 1000, owner = ws): Promise<{ orderId: string; pi: string }> {
  const orderId = await orderOf(owner === ws ? call : client(app, owner.headers), total);
  const intent = await stripeIntentOf(ctxOf(app, owner), orderId, app.runtimes.payments);
  return { orderId, pi: intent.external_id as string };
}
const paymentsOf = async (orderId: string) => (await call('GET', `/orders/${orderId}/payments`)).json().items;
const balanceOf = async (orderId: string) => (await call('GET', `/orders/${orderId}/balance`)).json();
const statusOf = async (orderId: string) =>
  (await getPaymentIntent({ ctx: ctxOf(app, ws), input: { orderId } }))?.status;

describe('POST /webhooks/stripe — success, once', () => {
  it('the same success delivered 3 times registers one stripe payment and one intent.succeeded', async () => {
    const { orderId, pi } = await stripeOrder();
    const event = fake.succeed(pi);
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      const res = await fake.deliver(event, app);
      expect(res.statusCode).toBe(200);
      // Public, no Idempotency-Key, counted in the `webhooks` rate-limit class (per source IP).
      expect(res.headers['ratelimit-policy']).toContain('"webhooks"');
      outcomes.push(res.json().outcome);
    }
    expect(outcomes).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(await balanceOf(orderId)).toMatchObject({ paid: 1000, balance: 0, paid_status: 'paid' });
    expect(await paymentsOf(orderId)).toMatchObject([
      { method: 'stripe', amount: 1000, reference: pi, status: 'registered' },
    ]);
    expect(await eventsOf(app, 'payments.intent.succeeded', orderId)).toMatchObject([
      { external_id: pi, provider: 'stripe', amount: 1000, currency: 'BRL', review_reason: null },
    ]);
    expect(await eventsOf(app, 'payments.payment.registered', orderId)).toMatchObject([
      { method: 'stripe', order_paid: true },
    ]);
    expect(await statusOf(orderId)).toBe('succeeded');
  });

  it('3 concurrent deliveries of the same success register one payment', async () => {
    const { orderId, pi } = await stripeOrder();
    const event = fake.succeed(pi);
    const results = await Promise.all([1, 2, 3].map(() => fake.deliver(event, app)));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.json().outcome).sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(await paymentsOf(orderId)).toHaveLength(1);
    expect(await eventsOf(app, 'payments.intent.succeeded', orderId)).toHaveLength(1);
  });

  it('a second success event (another event id) for a succeeded intent is stale', async () => {
    const { orderId, pi } = await stripeOrder();
    await fake.deliver(fake.succeed(pi), app);
    const again = await fake.deliver(fake.event('payment_intent.succeeded', fake.intent(pi) as object), app);
    expect(again.json().outcome).toBe('stale');
    expect(await paymentsOf(orderId)).toHaveLength(1);
  });
});

describe('POST /webhooks/stripe — late and out of order', () => {
  it('a failure after a success is ignored', async () => {
    const { orderId, pi } = await stripeOrder();
    const failed = fake.fail(pi, 'Card declined.');
    await fake.deliver(fake.succeed(pi), app);
    expect((await fake.deliver(failed, app)).json()).toMatchObject({ outcome: 'stale' });
    expect(await statusOf(orderId)).toBe('succeeded');
    expect(await eventsOf(app, 'payments.intent.failed', orderId)).toEqual([]);
  });

  it('a failure, then a success after the customer retried', async () => {
    const { orderId, pi } = await stripeOrder();
    expect((await fake.deliver(fake.fail(pi, 'Insufficient funds.'), app)).json().outcome).toBe('applied');
    const failed = await getPaymentIntent({ ctx: ctxOf(app, ws), input: { orderId } });
    expect(failed).toMatchObject({ status: 'failed', failure_reason: 'Insufficient funds.' });
    expect(await eventsOf(app, 'payments.intent.failed', orderId)).toMatchObject([
      { failure_reason: 'Insufficient funds.', external_id: pi },
    ]);
    expect((await fake.deliver(fake.fail(pi, 'Again.'), app)).json().outcome).toBe('stale');
    expect((await fake.deliver(fake.succeed(pi), app)).json().outcome).toBe('applied');
    expect(await statusOf(orderId)).toBe('succeeded');
    expect((await balanceOf(orderId)).paid).toBe(1000);
  });

  it('a cancel from Stripe cancels the intent; a later success is stale', async () => {
    const { orderId, pi } = await stripeOrder();
    const canceled = fake.cancel(pi);
    expect((await fake.deliver(canceled, app)).json().outcome).toBe('applied');
    expect(await statusOf(orderId)).toBe('canceled');
    expect(
      (
        await fake.deliver(
          fake.event('payment_intent.succeeded', { ...canceled.data.object, status: 'succeeded' }),
          app,
        )
      ).json().outcome,
    ).toBe('stale');
    expect(await paymentsOf(orderId)).toEqual([]);
  });

  it('a success that would overpay is recorded and flagged, never a 500', async () => {
    const { orderId, pi } = await stripeOrder();
    await call('POST', `/orders/${orderId}/payments`, { amount: 1000, method: 'cash' });
    const res = await fake.deliver(fake.succeed(pi), app);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'applied', review_reason: 'overpaid' });
    expect(await balanceOf(orderId)).toMatchObject({ paid: 2000, balance: 0 });
    expect(await eventsOf(app, 'payments.intent.succeeded', orderId)).toMatchObject([{ review_reason: 'overpaid' }]);
  });

  it('a success on an order canceled meanwhile is recorded and flagged', async () => {
    const { orderId, pi } = await stripeOrder();
    expect((await call('POST', `/orders/${orderId}/cancel`)).statusCode).toBe(200);
    const res = await fake.deliver(fake.succeed(pi), app);
    expect(res.json()).toMatchObject({ outcome: 'applied', review_reason: 'order_canceled' });
  });
});

describe('POST /webhooks/stripe — what it refuses or ignores', () => {
  it('a bad, missing, stale or future-dated signature is 400 problem+json and changes nothing', async () => {
    const { orderId, pi } = await stripeOrder();
    const event = fake.succeed(pi);
    const wrong = await fake.deliver(event, app, { secret: 'whsec_not_ours' });
    const stale = await fake.deliver(event, app, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    const future = await fake.deliver(event, app, { timestamp: Math.floor(Date.now() / 1000) + 86_400 });
    const garbage = await fake.deliver(event, app, { signature: 'nonsense' });
    const tampered = await fake.deliver(JSON.stringify(event), app, { signature: fake.sign('{"id":"evt_other"}') });
    for (const res of [wrong, stale, future, garbage, tampered]) {
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 400, code: 'stripe_signature_invalid' });
    }
    const unsigned = await app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/stripe',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(event),
    });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.headers['content-type']).toContain('application/problem+json');
    expect(await statusOf(orderId)).toBe('pending');
    expect((await fake.deliver(event, app)).json().outcome).toBe('applied');
  });

  it('an unknown PaymentIntent, a foreign or malformed workspace and other event types answer 200 ignored', async () => {
    const { orderId, pi } = await stripeOrder();
    const other = await signUpAndCreateWorkspace(app);
    const object = fake.intent(pi) as { metadata: Record<string, string> };
    const cases = [
      fake.event('payment_intent.succeeded', { ...object, id: 'pi_unknown', status: 'succeeded' }),
      fake.event('payment_intent.succeeded', {
        ...object,
        metadata: { ...object.metadata, workspace_id: other.workspaceId },
      }),
      fake.event('payment_intent.succeeded', { ...object, metadata: { workspace_id: 'not-a-uuid' } }),
      fake.event('payment_intent.succeeded', { ...object, metadata: null }),
      fake.event('payment_intent.succeeded', { id: pi, object: 'payment_intent', amount: 'x' }),
      fake.event('charge.refunded', { id: 'ch_1', object: 'charge' }),
      fake.event('payment_intent.created', object),
      fake.event('constructor', object),
      fake.event('__proto__', object),
    ];
    for (const event of cases) {
      const res = await fake.deliver(event, app);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ received: true, event_id: event.id, outcome: 'ignored' });
    }
    expect(await statusOf(orderId)).toBe('pending');
  });

  it('a non-JSON body is 400, another content type 415', async () => {
    const bad = await fake.deliver('{not json', app);
    expect(bad.statusCode).toBe(400);
    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/stripe',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
  });

  it('the OpenAPI document describes the webhook, public and without Idempotency-Key, with an example', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const op = doc.paths['/api/v1/webhooks/stripe'].post;
    expect(op.requestBody.content['application/json'].schema.example).toMatchObject({
      object: 'event',
      type: 'payment_intent.succeeded',
    });
    expect(op.responses['200'].content['application/json'].schema.example).toMatchObject({ outcome: 'applied' });
    expect(JSON.stringify(op.parameters ?? [])).not.toContain('idempotency-key');
    expect(JSON.stringify(op.parameters ?? [])).toContain('stripe-signature');
  });
});
