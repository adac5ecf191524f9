import { invoiceIssued, invoicePaymentRegistered, invoicePaymentReversed, invoiceVoided } from '@nexova/billing';
import { defineConsumer } from '@nexova/events';
import { recordInvoice, recordPayment } from '../use-cases/record-facts';

/** Issued and voided invoices, registered and reversed payments feed the patient's money totals. */
export const billingFactsConsumer = defineConsumer({
  name: 'patient-records.billing',
  events: [invoiceIssued, invoiceVoided, invoicePaymentRegistered, invoicePaymentReversed],
  async handle({ ctx, event }) {
    if (event.type === invoicePaymentRegistered.type || event.type === invoicePaymentReversed.type) {
      const p = event.payload as import('zod').infer<typeof invoicePaymentRegistered.payload>;
      const reversed = event.payload as Partial<import('zod').infer<typeof invoicePaymentReversed.payload>>;
      await recordPayment({
        ctx,
        input: {
          paymentId: p.payment_id,
          invoiceId: p.invoice_id,
          patientId: p.patient_id,
          currency: p.currency,
          amountMinor: p.amount_minor,
          reversedAt: reversed.reversed_at ? new Date(reversed.reversed_at) : null,
        },
      });
      return;
    }
    const p = event.payload as import('zod').infer<typeof invoiceIssued.payload>;
    const voidedAt =
      event.type === invoiceVoided.type ? new Date((event.payload as { voided_at: string }).voided_at) : null;
    await recordInvoice({
      ctx,
      input: {
        fact: { invoiceId: p.invoice_id, patientId: p.patient_id, currency: p.currency, totalMinor: p.total_minor },
        voidedAt,
      },
    });
  },
});
