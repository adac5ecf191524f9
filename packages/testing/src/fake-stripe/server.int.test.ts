import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeStripe, type FakeStripe } from './server';

// The fake speaks Stripe's protocol well enough for the real SDK: these drive it with the SDK only.

let fake: FakeStripe;
let stripe: Stripe;
const url = () => new URL(fake.url);

beforeAll(async () => {
  fake = await createFakeStripe();
  stripe = new Stripe(fake.secretKey, {
    host: url().hostname,
    port: url().port,
    protocol: 'http',
    maxNetworkRetries: 0,
  });
});
afterAll(async () => {
  await fake?.close();
});

const create = (key: string, amount = 1000) =>
  stripe.paymentIntents.create({ amount, currency: 'brl', metadata: { order_id: 'o1' } }, { idempotencyKey: key });

describe('fake Stripe through the official SDK', () => {
  it('creates, retrieves, cancels and refunds PaymentIntents in Stripe shapes', async () => {
    const pi = await create('k-1');
    expect(pi).toMatchObject({
      object: 'payment_intent',
      amount: 1000,
      currency: 'brl',
      status: 'requires_payment_method',
    });
    expect(pi.id).toMatch(/^pi_/);
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`));
    expect((await stripe.paymentIntents.retrieve(pi.id)).metadata).toEqual({ order_id: 'o1' });
    expect((await stripe.paymentIntents.cancel(pi.id, { cancellation_reason: 'abandoned' })).status).toBe('canceled');
    const paid = await create('k-2');
    fake.succeed(paid.id);
    const refund = await stripe.refunds.create({ payment_intent: paid.id });
    expect(refund).toMatchObject({ object: 'refund', amount: 1000, payment_intent: paid.id, status: 'succeeded' });
    await expect(stripe.refunds.create({ payment_intent: paid.id })).rejects.toMatchObject({
      code: 'charge_already_refunded',
    });
    await expect(stripe.paymentIntents.cancel(paid.id)).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await expect(stripe.paymentIntents.cancel(paid.id)).rejects.toMatchObject({
      code: 'payment_intent_unexpected_state',
    });
  });

  it('replays an Idempotency-Key; other parameters with it are an idempotency error', async () => {
    const created = fake.counts.intentsCreated;
    const a = await create('same-key');
    const b = await create('same-key');
    expect(b.id).toBe(a.id);
    expect(fake.counts.intentsCreated).toBe(created + 1);
    await expect(create('same-key', 999)).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('refuses a wrong key, unknown ids and missing parameters like Stripe', async () => {
    const other = new Stripe('sk_test_wrong', {
      host: url().hostname,
      port: url().port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    await expect(other.paymentIntents.retrieve('pi_1')).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    await expect(stripe.paymentIntents.retrieve('pi_missing')).rejects.toMatchObject({
      code: 'resource_missing',
      statusCode: 404,
    });
    await expect(stripe.paymentIntents.create({ currency: 'brl' } as never)).rejects.toMatchObject({
      code: 'parameter_missing',
      param: 'amount',
    });
  });

  it('holds the next create until released; the intent exists meanwhile and a retry gets it', async () => {
    const hold = fake.holdNextCreate();
    const first = create('held');
    const arrived = await hold.arrived;
    expect(arrived).toMatchObject({ method: 'POST', path: '/v1/payment_intents', idempotencyKey: 'held' });
    const retry = await create('held');
    expect(fake.intent(retry.id)).toBeDefined();
    hold.release();
    expect((await first).id).toBe(retry.id);
  });

  it('signs events with the SDK helper so constructEvent accepts them', () => {
    const pi = fake.intents()[0] as { id: string };
    const event = fake.fail(pi.id, 'Declined');
    const payload = JSON.stringify(event);
    const parsed = stripe.webhooks.constructEvent(payload, fake.sign(payload), fake.webhookSecret, 300);
    expect(parsed).toMatchObject({ id: event.id, type: 'payment_intent.payment_failed', object: 'event' });
  });

  it('delivers a signed event to a URL', async () => {
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const signature = String(req.headers['stripe-signature']);
        const event = stripe.webhooks.constructEvent(body, signature, fake.webhookSecret, 300);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ got: event.id }));
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const event = fake.event('charge.refunded', { id: 'ch_1', object: 'charge' });
      const port = (receiver.address() as AddressInfo).port;
      const res = await fake.deliver(event, `http://127.0.0.1:${port}/hook`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ got: event.id });
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
