import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { UnprocessableError } from '@nexova/kernel';
import { type Payment, recordInvoicePayment } from '@nexova/payments';
import { invoicePaymentRegistered } from '../contracts/events/billing-events.v1';
import { mustLoadInvoice, updateInvoiceRow } from '../db/invoice-store';
import { paidStatus } from '../domain/invoice-status';
import { assertCan } from './invoice-conflict';

export const INVOICE_PAYMENT_METHODS = ['cash', 'transfer', 'card', 'pix'] as const;

export type RegisterInvoicePaymentInput = {
  invoiceId: string;
  amount: number;
  method: (typeof INVOICE_PAYMENT_METHODS)[number];
  currency?: string;
  reference?: string | null;
  note?: string | null;
};

const unprocessable = (field: string, message: string, code: string, extensions?: Record<string, unknown>) =>
  new UnprocessableError(`${field} ${message}.`, {
    code,
    errors: [{ pointer: `/${field}`, in: 'body', message }],
    extensions,
  });

// Registers a payment (partial allowed) of an issued invoice through the payments ledger. The invoice's
// row lock serialises its payments, so concurrent ones can never over-pay together: the one that would
// is refused (422 naming `amount`). Publishes billing.payment.registered in the same transaction.
export async function registerInvoicePayment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RegisterInvoicePaymentInput;
}): Promise<Payment> {
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadInvoice(t, input.invoiceId, true);
    assertCan(row, 'pay');
    if (input.currency && input.currency.toUpperCase() !== row.currency)
      throw unprocessable('currency', `must be ${row.currency}`, 'payment_currency_mismatch');
    if (input.method === 'pix' && !input.reference?.trim())
      throw unprocessable('reference', 'is required for pix (the end-to-end id or txid)', 'payment_reference_required');
    const balance = row.total - row.paid;
    if (input.amount > balance)
      throw unprocessable('amount', `${input.amount} exceeds the balance of ${balance}`, 'payment_exceeds_balance', {
        balance,
        total: row.total,
        paid: row.paid,
      });
    const payment = await recordInvoicePayment({
      ctx: t,
      input: { ...input, currency: row.currency },
    });
    const paid = row.paid + input.amount;
    const status = paidStatus(paid, row.total) as 'partially_paid' | 'paid';
    await updateInvoiceRow(t, row, { paid, status });
    await publish(t, invoicePaymentRegistered, {
      aggregateId: row.id,
      payload: {
        payment_id: payment.id,
        invoice_id: row.id,
        number: row.number ?? 0,
        patient_id: row.patientId,
        person_id: row.personId,
        currency: row.currency,
        amount_minor: input.amount,
        method: input.method,
        reference: payment.reference,
        paid_minor: paid,
        balance_minor: row.total - paid,
        status,
        registered_at: payment.created_at,
      },
    });
    return payment;
  });
}
