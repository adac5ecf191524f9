import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { type Payment, type ReceiptFiles, reverseInvoicePayment } from '@nexova/payments';
import { invoicePaymentReversed } from '../contracts/events/payment-reversed.v1';
import { mustLoadInvoice, updateInvoiceRow } from '../db/invoice-store';
import { paidStatus } from '../domain/invoice-status';

export type ReverseInvoicePaymentInput = {
  invoiceId: string;
  paymentId: string;
  kind: 'voided' | 'refunded';
  reason?: string | null;
  expectedVersion?: number;
  files?: ReceiptFiles;
};

// Voids or refunds a payment of an invoice under the invoice's row lock: the invoice moves back
// (paid → partially_paid / issued); a void invoice stays void. Publishes billing.payment.reversed.
export async function reverseInvoicePaymentOf({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReverseInvoicePaymentInput;
}): Promise<Payment> {
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadInvoice(t, input.invoiceId, true);
    const payment = await reverseInvoicePayment({ ctx: t, input });
    const paid = row.paid - payment.amount;
    const status = row.status === 'void' ? 'void' : paidStatus(paid, row.total);
    await updateInvoiceRow(t, row, { paid, status });
    await publish(t, invoicePaymentReversed, {
      aggregateId: row.id,
      payload: {
        payment_id: payment.id,
        invoice_id: row.id,
        number: row.number ?? 0,
        patient_id: row.patientId,
        person_id: row.personId,
        currency: row.currency,
        amount_minor: payment.amount,
        kind: input.kind,
        reason: payment.reversal_reason,
        paid_minor: paid,
        balance_minor: status === 'void' ? 0 : row.total - paid,
        status,
        reversed_at: payment.updated_at,
      },
    });
    return payment;
  });
}
