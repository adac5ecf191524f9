import { z } from 'zod';
import { BILLING_KINDS, TIMELINE_KINDS } from '../domain/timeline-kinds';

/** One entry of a patient's timeline: what happened, when, a line for people, and the source objects' ids. */
export const timelineEntrySchema = z.object({
  id: z.string().uuid().describe("The entry's id: the id of the event it was made from."),
  kind: z.enum(TIMELINE_KINDS).describe('What happened (`appointment.booked`, `invoice.issued` …).'),
  occurred_at: z.string().describe('When it happened (ISO 8601, UTC).'),
  summary: z.string().describe('A one-line description in the request locale (Accept-Language: es, pt-BR, en).'),
  refs: z
    .record(z.string(), z.string().uuid())
    .describe(
      'Ids of the source objects: appointment_id, new_appointment_id, service_id, professional_id, resource_id, queue_entry_id, invoice_id, payment_id, person_id, merged_patient_id, merged_person_id — those that apply.',
    ),
});
export type TimelineEntryView = z.infer<typeof timelineEntrySchema>;

/** One entry of the billing timeline: an invoice or payment, its effect on the balance, the balance after it. */
export const billingEntrySchema = timelineEntrySchema.extend({
  kind: z
    .enum(BILLING_KINDS as [string, ...string[]])
    .describe('invoice.issued, invoice.voided, payment.registered or payment.reversed.'),
  patient_id: z.uuid(),
  currency: z.string().length(3),
  amount_minor: z
    .number()
    .int()
    .describe('What the entry did to the balance, in minor units: + invoiced or a payment undone, − paid or voided.'),
  balance_minor: z
    .number()
    .int()
    .describe(
      "The balance in this currency right after this entry (positive: owed) — the patient's on a patient's billing timeline, the workspace's receivables on /billing-timeline.",
    ),
});
export type BillingEntryView = z.infer<typeof billingEntrySchema>;
