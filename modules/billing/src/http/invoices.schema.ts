import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { paymentSchema } from '@nexova/payments';
import { z } from 'zod';
import { billingSettingsSchema, discountSchema, invoiceSchema, patientBalanceSchema } from '../contracts/invoice';
import { INVOICE_STATUSES } from '../domain/invoice-status';
import { INVOICE_PAYMENT_METHODS } from '../use-cases/register-invoice-payment';

// Request and response shapes of billing routes (house rule 8).

const I = '0190f1c2-7d3a-7b41-9e4c-b1b1b1b1b1b1';
const P = '0190f1c2-7d3a-7b41-9e4c-999999999999';
const PA = '0190f1c2-7d3a-7b41-9e4c-a1a1a1a1a1a1';
const C = '0190f1c2-7d3a-7b41-9e4c-cccccccccccc';

export const invoiceParams = z
  .object({ invoice_id: z.string().uuid().describe('The invoice.').meta({ example: I }) })
  .meta({ example: { invoice_id: I } });
export const invoicePaymentParams = invoiceParams
  .extend({ payment_id: z.string().uuid().describe('The payment.').meta({ example: P }) })
  .meta({ example: { invoice_id: I, payment_id: P } });
export const patientParams = z
  .object({ patient_id: z.string().uuid().describe('The patient.').meta({ example: PA }) })
  .meta({ example: { patient_id: PA } });

export type LineBody = z.infer<typeof itemInput>;

const itemInput = z
  .object({
    catalog_entry_id: z.string().uuid().nullish().describe('Priced from the effective clinical catalog.'),
    appointment_id: z.string().uuid().nullish().describe("The appointment's service, priced from its catalog entry."),
    description: z.string().trim().min(1).max(500).nullish().describe('Required for free text; else a label override.'),
    unit_price: z.number().int().min(0).max(1e13).nullish().describe('Minor units; free-text items only.'),
    quantity: z.number().int().min(1).max(100_000).default(1),
    discount: discountSchema.nullish(),
  })
  .refine((i) => !(i.catalog_entry_id && i.appointment_id), {
    message: 'give catalog_entry_id or appointment_id, not both',
    path: ['appointment_id'],
  })
  .refine((i) => !((i.catalog_entry_id || i.appointment_id) && i.unit_price != null), {
    message: 'catalog and appointment items are priced from the catalog',
    path: ['unit_price'],
  });

const due = z.iso.datetime({ offset: true }).nullish();

/** POST /invoices; at most INVOICE_MAX_LINES lines. */
export const createBody = (cfg: Pick<Config, 'INVOICE_MAX_LINES'>) =>
  z
    .object({
      patient_id: z.string().uuid(),
      lines: z.array(itemInput).max(cfg.INVOICE_MAX_LINES).default([]),
      discount: discountSchema
        .nullish()
        .describe('Over the items’ net: amount (minor units) or percent (basis points).'),
      notes: z.string().trim().max(5000).nullish(),
      due_at: due,
    })
    .meta({
      example: {
        patient_id: PA,
        lines: [
          { catalog_entry_id: C, quantity: 1, discount: { kind: 'percent', value: 1000 } },
          { description: 'Material descartável', unit_price: 1500, quantity: 2 },
        ],
        discount: { kind: 'amount', value: 500 },
      },
    });

export const updateBody = (cfg: Pick<Config, 'INVOICE_MAX_LINES'>) =>
  z
    .object({
      lines: z.array(itemInput).max(cfg.INVOICE_MAX_LINES).optional().describe('Replaces every line.'),
      discount: discountSchema.nullable().optional(),
      notes: z.string().trim().max(5000).nullable().optional(),
      due_at: due,
    })
    .meta({ example: { discount: { kind: 'percent', value: 500 }, notes: 'Convênio parcial' } });

export const voidBody = z
  .object({ reason: z.string().trim().min(1).max(500).describe('Why it is voided (kept on the invoice).') })
  .meta({ example: { reason: 'Issued to the wrong patient' } });

export const paymentBody = z
  .object({
    amount: z.number().int().positive().describe('Minor units; at most the balance (422 naming `amount` above it).'),
    method: z.enum(INVOICE_PAYMENT_METHODS),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .optional()
      .describe("Defaults to the invoice's currency; any other is 422."),
    reference: z.string().trim().max(200).nullish().describe('pix: the end-to-end id or txid (required).'),
    note: z.string().trim().max(2000).nullish(),
  })
  .meta({ example: { amount: 10000, method: 'pix', reference: 'E18236120202601101200s0123456789' } });

export const reverseBody = z
  .object({
    kind: z.enum(['voided', 'refunded']).describe('voided: registered by mistake; refunded: the money went back.'),
    reason: z.string().trim().max(500).nullish(),
  })
  .meta({ example: { kind: 'refunded', reason: 'Procedure not done' } });

export const listQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  pageQuery(cfg)
    .extend({
      patient_id: z.string().uuid().optional(),
      status: z.enum(INVOICE_STATUSES).optional(),
      created_from: z.iso.datetime({ offset: true }).optional().describe('Inclusive.'),
      created_to: z.iso.datetime({ offset: true }).optional().describe('Exclusive.'),
    })
    .meta({ example: { patient_id: PA, status: 'issued', limit: 20 } });

export const paymentListQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  pageQuery(cfg).meta({ example: { limit: 20 } });

export const settingsBody = z
  .object({
    tax_rate_bp: z.number().int().min(0).max(10000).describe('Basis points added on top of net prices; 1250 = 12.5 %.'),
    tax_name: z.string().trim().max(50).nullish(),
  })
  .meta({ example: { tax_rate_bp: 500, tax_name: 'ISS' } });

export const invoicePage = pageSchema(invoiceSchema).meta({
  example: { items: [invoiceSchema.meta()?.example], next_cursor: null },
});
export const paymentPage = pageSchema(paymentSchema).meta({
  example: { items: [paymentSchema.meta()?.example], next_cursor: null },
});

export { billingSettingsSchema, invoiceSchema, patientBalanceSchema, paymentSchema };
