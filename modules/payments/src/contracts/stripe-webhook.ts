import { z } from 'zod';

// What POST /webhooks/stripe reads from Stripe's event, and what it answers.

/** The fields of a PaymentIntent (the event's data.object) the webhook uses; the rest is ignored. */
export const stripeIntentObject = z.object({
  id: z.string().min(1).max(255),
  object: z.literal('payment_intent'),
  amount: z.number().int().nonnegative(),
  amount_received: z.number().int().nonnegative().nullish(),
  currency: z.string().min(3).max(3),
  metadata: z.record(z.string(), z.string()).nullish(),
  last_payment_error: z
    .object({ message: z.string().nullish(), code: z.string().nullish(), decline_code: z.string().nullish() })
    .nullish(),
  cancellation_reason: z.string().nullish(),
});
export type StripeIntentObject = z.infer<typeof stripeIntentObject>;

export const WEBHOOK_OUTCOMES = ['applied', 'duplicate', 'stale', 'ignored'] as const;
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];

export const stripeWebhookResultSchema = z
  .object({
    received: z.literal(true),
    event_id: z.string().describe("Stripe's event id (evt_…)."),
    type: z.string(),
    outcome: z
      .enum(WEBHOOK_OUTCOMES)
      .describe(
        'applied: the intent moved; duplicate: this event id was handled before; stale: late or out of order for the intent (nothing changed); ignored: not an event type or intent Nexova knows.',
      ),
    review_reason: z
      .string()
      .nullable()
      .describe('Set when a success was recorded but needs staff (`overpaid`, `order_canceled`).'),
  })
  .meta({
    example: {
      received: true,
      event_id: 'evt_3Nexova0000000000000001',
      type: 'payment_intent.succeeded',
      outcome: 'applied',
      review_reason: null,
    },
  });
export type StripeWebhookResult = z.infer<typeof stripeWebhookResultSchema>;
