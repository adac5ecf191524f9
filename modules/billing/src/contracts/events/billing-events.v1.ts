import { defineEvent } from '@nexova/events';
import { z } from 'zod';

// Billing's published facts (issue 12). Each carries the patient and the person, amounts in integer
// minor units with the currency, so read models (patient summary, patient and billing timelines)
// need not read billing's tables. Written first, before the module, so its consumers can be built
// beside it.

const money = { currency: z.string().length(3), total_minor: z.number().int() };

const invoiceItem = z.object({
  description: z.string(),
  /** The clinical-catalog entry it was priced from (effective price at issue time), when any. */
  catalog_entry_id: z.string().uuid().nullable(),
  appointment_id: z.string().uuid().nullable(),
  quantity: z.number().int().positive(),
  unit_price_minor: z.number().int(),
  discount_minor: z.number().int(),
  tax_minor: z.number().int(),
  total_minor: z.number().int(),
});

export const invoiceIssued = defineEvent({
  permission: 'invoices:read',
  type: 'billing.invoice.issued',
  version: 1,
  aggregate: 'invoice',
  description:
    'A draft invoice was issued: its number, items and totals are now fixed. Payments can be registered against it; one whose total is 0 is issued as paid.',
  payload: z.object({
    invoice_id: z.string().uuid(),
    number: z.number().int().positive(),
    patient_id: z.string().uuid(),
    person_id: z.string().uuid(),
    ...money,
    subtotal_minor: z.number().int(),
    discount_minor: z.number().int(),
    tax_minor: z.number().int(),
    items: z.array(invoiceItem),
    issued_at: z.string(),
    due_at: z.string().nullable(),
  }),
});

export const invoiceVoided = defineEvent({
  permission: 'invoices:read',
  type: 'billing.invoice.voided',
  version: 1,
  aggregate: 'invoice',
  description: 'An issued invoice was voided, with the reason and who did it; its balance no longer counts.',
  payload: z.object({
    invoice_id: z.string().uuid(),
    number: z.number().int().positive(),
    patient_id: z.string().uuid(),
    person_id: z.string().uuid(),
    ...money,
    reason: z.string(),
    voided_by: z.string().nullable(),
    voided_at: z.string(),
  }),
});

export const invoicePaymentRegistered = defineEvent({
  permission: 'invoices:read',
  type: 'billing.payment.registered',
  version: 1,
  aggregate: 'invoice',
  description:
    'A payment (cash, card, transfer, pix, …) was registered against an issued invoice; `paid_minor` and `balance_minor` are the invoice totals after it, `status` its state (`partially_paid` or `paid`).',
  payload: z.object({
    payment_id: z.string().uuid(),
    invoice_id: z.string().uuid(),
    number: z.number().int().positive(),
    patient_id: z.string().uuid(),
    person_id: z.string().uuid(),
    currency: z.string().length(3),
    amount_minor: z.number().int().positive(),
    method: z.string(),
    reference: z.string().nullable(),
    paid_minor: z.number().int(),
    balance_minor: z.number().int(),
    status: z.enum(['partially_paid', 'paid']),
    registered_at: z.string(),
  }),
});
