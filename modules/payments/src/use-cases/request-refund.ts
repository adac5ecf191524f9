import type { TxContext } from '@nexova/db';
import { assertExpectedVersion, ConflictError } from '@nexova/kernel';
import type { Payment } from '../contracts/payment';
import { attachmentsOf, lockAccount, mustLoadPayment, orderOf, type PaymentRow } from '../db/payment-store';
import { setPaymentStatus } from '../db/payment-writes';
import { toPayment } from './payment-view';
import type { ReverseInput } from './reverse-payment';

// Private to refundPayment (not exported from the module).

/** Stripe's idempotency key of a payment's refund: every retry refunds it once. */
export const stripeRefundKey = (paymentId: string) => `nexova-refund-payment-${paymentId}`;

/**
 * Records that a stripe payment is to be refunded at Stripe (status refund_requested, the reason
 * kept): nothing is called here. It still counts as paid until Stripe refunded it. Asking again
 * returns it unchanged; 409 when it is already voided or refunded.
 */
export async function requestRefund(t: TxContext, input: ReverseInput): Promise<Payment> {
  const found = await mustLoadPayment(t, input.paymentId);
  // Same lock order as reversePayment (account, then payment).
  await lockAccount(t, orderOf(found));
  const payment = await mustLoadPayment(t, input.paymentId, true);
  let row: PaymentRow = payment;
  if (payment.status !== 'refund_requested') {
    assertExpectedVersion(payment.version, input.expectedVersion, `Payment ${payment.id}`);
    if (payment.status !== 'registered')
      throw new ConflictError(`Payment ${payment.id} is already ${payment.status}.`, {
        code: 'payment_already_reversed',
        extensions: { current_status: payment.status },
      });
    row = await setPaymentStatus(t, payment, 'refund_requested', input.reason?.trim() || null);
  }
  const files = (await attachmentsOf(t, [row.id])).get(row.id) ?? [];
  return toPayment(row, files, input.files?.signer);
}
