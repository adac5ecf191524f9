import { type AppContext, withTransaction } from '@nexova/db';
import type { Payment, PaymentMethod } from '../contracts/payment';
import { insertPayment } from '../db/payment-writes';
import { toPayment } from './payment-view';

export type RecordInvoicePaymentInput = {
  invoiceId: string;
  amount: number;
  currency: string;
  method: Exclude<PaymentMethod, 'stripe'>;
  reference?: string | null;
  note?: string | null;
};

// Records money received against an invoice (the payable is billing's). Danger: it decides nothing —
// billing calls it inside its own transaction while holding the invoice's row lock, after checking the
// invoice's state and balance, and publishes billing.payment.registered itself.
export async function recordInvoicePayment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RecordInvoicePaymentInput;
}): Promise<Payment> {
  return withTransaction(ctx, async (t) => {
    const row = await insertPayment(t, {
      invoiceId: input.invoiceId,
      amount: input.amount,
      currency: input.currency,
      method: input.method,
      reference: input.reference?.trim() || null,
      note: input.note?.trim() || null,
    });
    return toPayment(row, []);
  });
}
