import { type AppContext, withTransaction } from '@nexova/db';
import { assertExpectedVersion, ConflictError, NotFoundError } from '@nexova/kernel';
import type { Payment } from '../contracts/payment';
import { attachmentsOf, mustLoadPayment } from '../db/payment-store';
import { setPaymentStatus } from '../db/payment-writes';
import { type ReceiptFiles, toPayment } from './payment-view';

export type ReverseInvoicePaymentInput = {
  invoiceId: string;
  paymentId: string;
  kind: 'voided' | 'refunded';
  reason?: string | null;
  expectedVersion?: number;
  files?: ReceiptFiles;
};

// Voids or refunds a registered payment of an invoice (404 when it pays something else, 409 when
// already reversed). Danger: billing calls it under the invoice's row lock and moves the invoice back.
export async function reverseInvoicePayment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReverseInvoicePaymentInput;
}): Promise<Payment> {
  return withTransaction(ctx, async (t) => {
    const payment = await mustLoadPayment(t, input.paymentId, true);
    if (payment.invoiceId !== input.invoiceId)
      throw new NotFoundError(`Payment ${input.paymentId} was not found on this invoice.`, {
        code: 'payment_not_found',
      });
    assertExpectedVersion(payment.version, input.expectedVersion, `Payment ${payment.id}`);
    if (payment.status !== 'registered')
      throw new ConflictError(`Payment ${payment.id} is already ${payment.status}.`, {
        code: 'payment_already_reversed',
        extensions: { current_status: payment.status },
      });
    const row = await setPaymentStatus(t, payment, input.kind, input.reason?.trim() || null);
    const files = (await attachmentsOf(t, [payment.id])).get(payment.id) ?? [];
    return toPayment(row, files, input.files?.signer);
  });
}
