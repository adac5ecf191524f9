import { defineEvent } from '@nexova/events';
import { z } from 'zod';

const money = {
  payment_id: z.string().uuid(),
  order_id: z.string().uuid(),
  amount: z.number().int(),
  currency: z.string(),
  paid: z.number().int().describe("The order's paid amount after this change."),
  balance: z.number().int(),
  order_paid: z.boolean().describe('The balance is now zero.'),
};

export const paymentRegistered = defineEvent({
  type: 'payments.payment.registered',
  version: 1,
  aggregate: 'payment',
  description: 'A payment was registered against an order; `order_paid` tells whether the order is now fully paid.',
  payload: z.object({ ...money, method: z.string() }),
});

export const paymentVoided = defineEvent({
  type: 'payments.payment.voided',
  version: 1,
  aggregate: 'payment',
  description: 'A payment registered by mistake was voided; the order balance grows back.',
  payload: z.object({ ...money, reason: z.string().nullable() }),
});

export const paymentRefunded = defineEvent({
  type: 'payments.payment.refunded',
  version: 1,
  aggregate: 'payment',
  description:
    'A payment was refunded in full to the customer; the order balance grows back. A stripe payment: once Stripe refunded it (called outside any transaction after the refund was recorded as refund_requested).',
  payload: z.object({ ...money, reason: z.string().nullable() }),
});

export const paymentRefundFailed = defineEvent({
  type: 'payments.payment.refund_failed',
  version: 1,
  aggregate: 'payment',
  description:
    'Stripe refused the refund asked for a stripe payment (e.g. part of it was already refunded from the Stripe dashboard): the payment is registered again and still counts as paid; staff decide (refund it from Stripe, then void it here).',
  payload: z.object({
    payment_id: z.string().uuid(),
    order_id: z.string().uuid(),
    amount: z.number().int(),
    currency: z.string(),
    failure_reason: z.string().describe("Stripe's message."),
  }),
});

export const receiptAttached = defineEvent({
  type: 'payments.receipt.attached',
  version: 1,
  aggregate: 'payment',
  description: 'A receipt file (image or PDF) was attached to a payment.',
  payload: z.object({
    payment_id: z.string().uuid(),
    attachment_id: z.string().uuid(),
    content_type: z.string(),
    size: z.number().int(),
  }),
});
