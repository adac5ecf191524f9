import type { TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError } from '@nexova/kernel';
import { getOrderSummary } from '@nexova/orders';
import { paymentRefunded, paymentVoided } from '../contracts/events/payment-events.v1';
import type { Payment } from '../contracts/payment';
import { attachmentsOf, lockAccount, mustLoadPayment, orderOf } from '../db/payment-store';
import { setAccountPaid, setPaymentStatus } from '../db/payment-writes';
import { balanceOf } from '../domain/balance';
import { type ReceiptFiles, toPayment } from './payment-view';

// Private to voidPayment, refundPayment and the Stripe refund/cancel submitters (not exported).

export type ReverseInput = {
  paymentId: string;
  reason?: string | null;
  files?: ReceiptFiles;
  /** The payment version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

/** Voids or refunds a registered payment in full: the order's paid amount drops back; 409 when already reversed. */
export async function reversePayment(t: TxContext, kind: 'voided' | 'refunded', input: ReverseInput): Promise<Payment> {
  const found = await mustLoadPayment(t, input.paymentId);
  // Same lock order as registerPayment (account, then payment): no deadlock between them.
  const orderId = orderOf(found);
  const account = await lockAccount(t, orderId);
  const payment = await mustLoadPayment(t, input.paymentId, true);
  assertExpectedVersion(payment.version, input.expectedVersion, `Payment ${payment.id}`);
  // A Stripe refund asked for ends here too, once Stripe refunded it (submitPaymentRefund).
  const refundable = payment.status === 'registered' || (kind === 'refunded' && payment.status === 'refund_requested');
  if (!refundable)
    throw new ConflictError(`Payment ${payment.id} is already ${payment.status}.`, {
      code: 'payment_already_reversed',
      extensions: { current_status: payment.status },
    });
  const reason = input.reason?.trim() || payment.reversalReason || null;
  const row = await setPaymentStatus(t, payment, kind, reason);
  const paid = account.paid - payment.amount;
  await setAccountPaid(t, account, paid);
  const order = await getOrderSummary({ ctx: t, input: { orderId } });
  const balance = balanceOf(order.total, paid);
  await publish(t, kind === 'voided' ? paymentVoided : paymentRefunded, {
    aggregateId: payment.id,
    payload: {
      payment_id: payment.id,
      order_id: orderId,
      amount: payment.amount,
      currency: payment.currency,
      paid,
      balance,
      order_paid: balance === 0,
      reason,
    },
  });
  const files = (await attachmentsOf(t, [payment.id])).get(payment.id) ?? [];
  return toPayment(row, files, input.files?.signer);
}
