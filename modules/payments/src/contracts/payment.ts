import { z } from 'zod';

// Payments' public shapes: what its use-cases return and its routes answer.

const P = '0190f1c2-7d3a-7b41-9e4c-999999999999';
const O = '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa';
const T = '2026-01-10T12:00:00.000Z';

export const PAYMENT_METHODS = ['cash', 'transfer', 'card', 'stripe', 'pix'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const attachmentSchema = z.object({
  id: z.string().uuid(),
  content_type: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
  size: z.number().int(),
  sha256: z.string(),
  filename: z.string().nullable(),
  url: z.string().describe('Signed, expiring URL of the file (GET, no auth header needed).'),
  url_expires_at: z.string(),
  created_at: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const exampleAttachment = {
  id: '0190f1c2-7d3a-7b41-9e4c-888888888888',
  content_type: 'application/pdf',
  size: 48213,
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  filename: 'comprovante.pdf',
  url: '/files/receipts/0190f1c2-7d3a-7b41-9e4c-777777777777/0190f1c2-7d3a-7b41-9e4c-888888888888.pdf?expires=1768050000&sig=abc',
  url_expires_at: T,
  created_at: T,
};

export const paymentSchema = z
  .object({
    id: z.string().uuid(),
    order_id: z.string().uuid().nullable().describe('The order it pays, when it pays an order.'),
    invoice_id: z.string().uuid().nullable().describe('The invoice it pays (billing), when it pays an invoice.'),
    amount: z.number().int().describe('Minor units of `currency`.'),
    currency: z.string(),
    method: z.enum(PAYMENT_METHODS),
    status: z
      .enum(['registered', 'refund_requested', 'voided', 'refunded'])
      .describe(
        'refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).',
      ),
    reference: z
      .string()
      .nullable()
      .describe('Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid.'),
    note: z.string().nullable(),
    reversal_reason: z.string().nullable(),
    attachments: z.array(attachmentSchema),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: P,
      order_id: O,
      invoice_id: null,
      amount: 2000,
      currency: 'BRL',
      method: 'transfer',
      status: 'registered',
      reference: 'PIX E123',
      note: null,
      reversal_reason: null,
      attachments: [exampleAttachment],
      version: 1,
      created_at: T,
      updated_at: T,
    },
  });
export type Payment = z.infer<typeof paymentSchema>;

export const orderBalanceSchema = z
  .object({
    order_id: z.string().uuid(),
    currency: z.string(),
    total: z.number().int(),
    paid: z.number().int().describe('Sum of registered (not voided or refunded) payments.'),
    balance: z.number().int().describe('total − paid, never negative.'),
    paid_status: z.enum(['unpaid', 'partial', 'paid']),
  })
  .meta({
    example: { order_id: O, currency: 'BRL', total: 4980, paid: 2000, balance: 2980, paid_status: 'partial' },
  });
export type OrderBalance = z.infer<typeof orderBalanceSchema>;
