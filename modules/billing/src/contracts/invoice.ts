import { z } from 'zod';
import { INVOICE_STATUSES } from '../domain/invoice-status';

// Billing's public shapes: what its use-cases return and its routes answer. Amounts: integer minor units.

const I = '0190f1c2-7d3a-7b41-9e4c-b1b1b1b1b1b1';
const PA = '0190f1c2-7d3a-7b41-9e4c-a1a1a1a1a1a1';
const PE = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';
const C = '0190f1c2-7d3a-7b41-9e4c-cccccccccccc';
const T = '2026-01-10T12:00:00.000Z';

export const discountSchema = z
  .object({
    kind: z.enum(['amount', 'percent']),
    value: z
      .number()
      .int()
      .min(0)
      .describe('`amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %.'),
  })
  .refine((d) => d.kind === 'amount' || d.value <= 10000, { message: 'a percent is at most 10000 basis points' });
export type DiscountInput = z.infer<typeof discountSchema>;

export const invoiceItemSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(['catalog', 'appointment', 'free']),
  catalog_entry_id: z.string().uuid().nullable().describe('The clinical-catalog entry it is priced from.'),
  appointment_id: z.string().uuid().nullable(),
  description: z.string(),
  quantity: z.number().int(),
  unit_price: z
    .number()
    .int()
    .describe('Draft: the effective catalog price when last written; fixed from the effective catalog at issue.'),
  discount: discountSchema.nullable(),
  discount_total: z.number().int().describe('Its own discount plus its share of the invoice discount.'),
  tax: z.number().int(),
  total: z.number().int(),
});
export type InvoiceItem = z.infer<typeof invoiceItemSchema>;

export const invoiceSchema = z
  .object({
    id: z.string().uuid(),
    number: z.number().int().nullable().describe('Given at issue: 1, 2, 3… per workspace, no gaps.'),
    status: z.enum(INVOICE_STATUSES),
    allowed_actions: z.array(z.enum(['edit', 'issue', 'pay', 'void'])),
    patient_id: z.string().uuid(),
    person_id: z.string().uuid(),
    currency: z.string().describe("The workspace's default currency when the invoice was created."),
    lines: z.array(invoiceItemSchema),
    discount: discountSchema.nullable().describe('The invoice discount, over the items’ net.'),
    tax_rate_bp: z.number().int().describe('The workspace tax rate in basis points (fixed at issue).'),
    subtotal: z.number().int(),
    discount_total: z.number().int(),
    tax_total: z.number().int(),
    total: z.number().int(),
    paid: z.number().int().describe('Sum of its registered (not reversed) payments.'),
    balance: z.number().int().describe('total − paid (0 for drafts and void invoices).'),
    notes: z.string().nullable(),
    due_at: z.string().nullable(),
    issued_at: z.string().nullable(),
    voided_at: z.string().nullable(),
    void_reason: z.string().nullable(),
    voided_by: z.string().nullable(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: I,
      number: 42,
      status: 'partially_paid',
      allowed_actions: ['pay', 'void'],
      patient_id: PA,
      person_id: PE,
      currency: 'BRL',
      lines: [
        {
          id: '0190f1c2-7d3a-7b41-9e4c-b2b2b2b2b2b2',
          kind: 'catalog',
          catalog_entry_id: C,
          appointment_id: null,
          description: 'Consulta clínica',
          quantity: 1,
          unit_price: 25000,
          discount: { kind: 'percent', value: 1000 },
          discount_total: 2500,
          tax: 0,
          total: 22500,
        },
      ],
      discount: null,
      tax_rate_bp: 0,
      subtotal: 25000,
      discount_total: 2500,
      tax_total: 0,
      total: 22500,
      paid: 10000,
      balance: 12500,
      notes: null,
      due_at: null,
      issued_at: T,
      voided_at: null,
      void_reason: null,
      voided_by: null,
      version: 3,
      created_at: T,
      updated_at: T,
    },
  });
export type Invoice = z.infer<typeof invoiceSchema>;

export const patientBalanceSchema = z
  .object({
    patient_id: z.string().uuid(),
    currencies: z.array(
      z.object({
        currency: z.string(),
        invoiced: z.number().int().describe('Total of its issued, partially paid and paid invoices.'),
        paid: z.number().int(),
        balance: z.number().int(),
      }),
    ),
  })
  .meta({
    example: { patient_id: PA, currencies: [{ currency: 'BRL', invoiced: 22500, paid: 10000, balance: 12500 }] },
  });
export type PatientBalance = z.infer<typeof patientBalanceSchema>;

export const billingSettingsSchema = z
  .object({
    tax_rate_bp: z.number().int().min(0).max(10000).describe('Added on top of net prices; 1250 = 12.5 %.'),
    tax_name: z.string().nullable(),
    version: z.number().int(),
    updated_at: z.string().nullable(),
  })
  .meta({ example: { tax_rate_bp: 500, tax_name: 'ISS', version: 2, updated_at: T } });
export type BillingSettings = z.infer<typeof billingSettingsSchema>;
