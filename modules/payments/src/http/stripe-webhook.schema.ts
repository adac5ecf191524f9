import { z } from 'zod';
import { stripeWebhookResultSchema } from '../contracts/stripe-webhook';

// POST /webhooks/stripe: a Stripe event, signed in the Stripe-Signature header (house rule 8).

const exampleEvent = {
  id: 'evt_3Nexova0000000000000001',
  object: 'event',
  api_version: '2026-10-28.endive',
  created: 1768046400,
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  type: 'payment_intent.succeeded',
  data: {
    object: {
      id: 'pi_3Nexova0000000000000001',
      object: 'payment_intent',
      amount: 4980,
      amount_received: 4980,
      currency: 'brl',
      status: 'succeeded',
      metadata: {
        order_id: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa',
        workspace_id: '0190f1c2-7d3a-7b41-9e4c-bbbbbbbbbbbb',
      },
      last_payment_error: null,
    },
  },
};

export const stripeEventBody = z
  .looseObject({
    id: z.string().describe('Stripe event id (evt_…); deliveries are deduplicated on it.'),
    object: z.literal('event'),
    type: z
      .string()
      .describe('payment_intent.succeeded, payment_intent.payment_failed and payment_intent.canceled are handled.'),
    data: z.looseObject({
      object: z
        .looseObject({})
        .describe('The PaymentIntent; metadata.workspace_id and metadata.order_id name the order.'),
    }),
  })
  .meta({ example: exampleEvent });

export const stripeHeaders = z.object({
  'stripe-signature': z
    .string()
    .max(4096)
    .optional()
    .describe('t=<unix seconds>,v1=<HMAC-SHA256 of "t.body" with the endpoint secret>, as Stripe sends it.'),
});

export { stripeWebhookResultSchema };
