import { defineEvent } from '@nexova/events';
import { z } from 'zod';

// Added beside the fixed contracts of billing-events.v1: a payment registered against an invoice was
// reversed (voided: registered by mistake; refunded: the money went back). Read models that add
// billing.payment.registered subtract this.

export const invoicePaymentReversed = defineEvent({
  permission: 'invoices:read',
  type: 'billing.payment.reversed',
  version: 1,
  aggregate: 'invoice',
  description:
    'A payment of an invoice was voided or refunded; `paid_minor` and `balance_minor` are the invoice totals after it, `status` the invoice state it moved back to (`issued`, `partially_paid`, or `void` when the invoice was voided).',
  payload: z.object({
    payment_id: z.string().uuid(),
    invoice_id: z.string().uuid(),
    number: z.number().int().positive(),
    patient_id: z.string().uuid(),
    person_id: z.string().uuid(),
    currency: z.string().length(3),
    amount_minor: z.number().int().positive(),
    kind: z.enum(['voided', 'refunded']),
    reason: z.string().nullable(),
    paid_minor: z.number().int(),
    balance_minor: z.number().int(),
    status: z.enum(['issued', 'partially_paid', 'paid', 'void']),
    reversed_at: z.string(),
  }),
});
