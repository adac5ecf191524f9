import { z } from 'zod';

// The payment an order requests from a provider (what the checkout saga waits on).

export const PAYMENT_PROVIDERS = ['manual', 'stripe'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDERS)[number];

export const INTENT_STATUSES = ['requested', 'pending', 'succeeded', 'failed', 'cancel_requested', 'canceled'] as const;
export type IntentStatus = (typeof INTENT_STATUSES)[number];

const T = '2026-01-10T12:00:00.000Z';

export const paymentIntentSchema = z
  .object({
    order_id: z.string().uuid().describe('The order this payment is for; one intent per order.'),
    provider: z.enum(PAYMENT_PROVIDERS),
    status: z
      .enum(INTENT_STATUSES)
      .describe(
        'Moves forward only: requested (Stripe: recorded, not yet created at Stripe) → pending → succeeded | failed | canceled (failed → succeeded on a retry). cancel_requested: Stripe: its cancel (or refund, when paid) is recorded and being sent to Stripe, then canceled.',
      ),
    amount: z.number().int().describe("Minor units of `currency`: the order's balance when it was requested."),
    currency: z.string(),
    external_id: z.string().nullable().describe("The provider's id (Stripe's PaymentIntent id); null for manual."),
    client_secret: z
      .string()
      .nullable()
      .describe("Stripe's client secret, for confirming the payment in the customer's browser; null for manual."),
    failure_reason: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      order_id: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa',
      provider: 'stripe',
      status: 'pending',
      amount: 4980,
      currency: 'BRL',
      external_id: 'pi_3Nexova0000000000000001',
      client_secret: 'pi_3Nexova0000000000000001_secret_abc',
      failure_reason: null,
      created_at: T,
      updated_at: T,
    },
  });
export type PaymentIntent = z.infer<typeof paymentIntentSchema>;
