import { defineEvent } from '@nexova/events';
import { z } from 'zod';

// The payment intent of an order; aggregate = the order (one intent per order).
const intent = {
  order_id: z.string().uuid(),
  provider: z.enum(['manual', 'stripe']),
  amount: z.number().int(),
  currency: z.string(),
  external_id: z.string().nullable().describe("The provider's id (Stripe's pi_…); null for manual."),
};

export const intentCreated = defineEvent({
  type: 'payments.intent.created',
  version: 1,
  aggregate: 'order',
  description:
    "An order's payment exists at its provider (manual: it waits for payments registered by staff; stripe: the PaymentIntent for the balance recorded at the request was created — outside any transaction — and its id is external_id).",
  payload: z.object(intent),
});

export const intentSucceeded = defineEvent({
  type: 'payments.intent.succeeded',
  version: 1,
  aggregate: 'order',
  description:
    "An order's payment intent succeeded (Stripe confirmed it, the balance was already zero, or manual payments paid the order). Published once per intent.",
  payload: z.object({
    ...intent,
    payment_id: z
      .string()
      .uuid()
      .nullable()
      .describe('The payment registered for it (method stripe); null when none was.'),
    review_reason: z
      .string()
      .nullable()
      .describe(
        'Set when the money could not be taken cleanly (`overpaid`, `order_canceled`): recorded, flagged for staff.',
      ),
  }),
});

export const intentFailed = defineEvent({
  type: 'payments.intent.failed',
  version: 1,
  aggregate: 'order',
  description:
    "An order's payment attempt failed (Stripe's payment_failed, or Stripe refused to create the PaymentIntent). The customer may still retry a failed attempt, which can make it succeed later.",
  payload: z.object({ ...intent, failure_reason: z.string() }),
});

export const intentCanceled = defineEvent({
  type: 'payments.intent.canceled',
  version: 1,
  aggregate: 'order',
  description:
    "An order's payment intent was canceled (compensation, or canceled at Stripe); `refunded` tells whether money taken was refunded. Stripe: published once Stripe confirmed the cancel (or the refund), which is called outside any transaction after the compensation recorded `cancel_requested`.",
  payload: z.object({ ...intent, reason: z.string().nullable(), refunded: z.boolean() }),
});
