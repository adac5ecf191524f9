import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { billingEntrySchema, timelineEntrySchema } from '../contracts/patient-timeline';
import { kindsOf, TIMELINE_GROUPS } from '../domain/timeline-kinds';

type PageConfig = Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>;

const P = '0190a1b2-0000-7000-8000-000000000001';
const PT = '0190a1b2-0000-7000-8000-0000000000a1';
const E1 = '0190a1b2-0000-7000-8000-0000000000e1';
const E2 = '0190a1b2-0000-7000-8000-0000000000e2';
const I = '0190a1b2-0000-7000-8000-0000000000b1';
const PAY = '0190a1b2-0000-7000-8000-0000000000c1';

export const timelineQuery = (cfg: PageConfig) =>
  z
    .object({
      ...pageQuery(cfg).shape,
      kind: z
        .string()
        .max(500)
        .optional()
        .refine((v) => v === undefined || v.split(',').every((t) => kindsOf(t.trim()) !== null), {
          message: `lists kinds (appointment.booked …) or groups (${TIMELINE_GROUPS.join(', ')}), comma-separated`,
        })
        .describe(
          `Only these kinds, comma-separated: a kind (\`appointment.canceled\`) or a group (${TIMELINE_GROUPS.map((g) => `\`${g}\``).join(', ')}; \`billing\` = invoices and payments).`,
        ),
      occurred_from: z.iso.datetime({ offset: true }).optional().describe('Inclusive.'),
      occurred_to: z.iso.datetime({ offset: true }).optional().describe('Exclusive.'),
      format: z
        .enum(['csv', 'json'])
        .optional()
        .describe(
          'Export instead of a page: every matching entry (up to PATIENT_TIMELINE_EXPORT_MAX_ROWS, newest first) streamed as CSV (headers in the request locale) or as a JSON array; `Accept: text/csv` also asks for CSV. `limit` and `cursor` do not apply.',
        ),
    })
    .meta({ example: { kind: 'appointment,invoice', occurred_from: '2026-11-01T00:00:00-03:00', limit: 20 } });

export const billingQuery = (cfg: PageConfig) => pageQuery(cfg).meta({ example: { limit: 20 } });

const timelineItems = [
  {
    id: E2,
    kind: 'payment.registered',
    occurred_at: '2026-11-20T14:05:00.000Z',
    summary: 'Payment of R$100.00 (pix) on invoice #12',
    refs: { invoice_id: I, payment_id: PAY, person_id: P },
  },
  {
    id: E1,
    kind: 'invoice.issued',
    occurred_at: '2026-11-20T14:00:00.000Z',
    summary: 'Invoice #12 issued: R$300.00',
    refs: { invoice_id: I, person_id: P },
  },
];

export const timelinePageSchema = pageSchema(timelineEntrySchema).meta({
  example: { items: timelineItems, next_cursor: null },
});

export const billingPageSchema = pageSchema(billingEntrySchema).meta({
  example: {
    items: [
      {
        id: E2,
        kind: 'payment.registered',
        occurred_at: '2026-11-20T14:05:00.000Z',
        summary: 'Payment of R$100.00 (pix) on invoice #12',
        refs: { invoice_id: I, payment_id: PAY, person_id: P },
        patient_id: PT,
        currency: 'BRL',
        amount_minor: -10000,
        balance_minor: 20000,
      },
      {
        id: E1,
        kind: 'invoice.issued',
        occurred_at: '2026-11-20T14:00:00.000Z',
        summary: 'Invoice #12 issued: R$300.00',
        refs: { invoice_id: I, person_id: P },
        patient_id: PT,
        currency: 'BRL',
        amount_minor: 30000,
        balance_minor: 30000,
      },
    ],
    next_cursor: null,
  },
});

export const csvExample = [
  'Date,Event,Summary,Appointment,Invoice,Payment,Queue entry,Entry id',
  `2026-11-20T14:05:00.000Z,payment.registered,Payment of R$100.00 (pix) on invoice #12,,${I},${PAY},,${E2}`,
  `2026-11-20T14:00:00.000Z,invoice.issued,Invoice #12 issued: R$300.00,,${I},,,${E1}`,
].join('\n');

export const jsonExportExample = JSON.stringify(timelineItems, null, 2);
