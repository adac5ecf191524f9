import { type AppContext, withTransaction } from '@nexova/db';
import type { Payment } from '../contracts/payment';
import { mustLoadPayment } from '../db/payment-store';
import { requestRefund } from './request-refund';
import { type ReverseInput, reversePayment } from './reverse-payment';

export type RefundPaymentInput = ReverseInput;

// Refunds a payment in full; the balance grows by its amount. Cash, transfer, card: recorded at once
// (staff gave the money back). Stripe: the money goes back through Stripe, which is never called
// inside a transaction — here the refund is only recorded (refund_requested, still counted as paid);
// submitPaymentRefund sends it after the commit (the route right after answering 202, the Stripe
// submitter workers otherwise) and records it refunded (payments.payment.refunded).
export async function refundPayment({ ctx, input }: { ctx: AppContext; input: RefundPaymentInput }): Promise<Payment> {
  return withTransaction(ctx, async (t) => {
    const found = await mustLoadPayment(t, input.paymentId);
    if (found.method === 'stripe') return requestRefund(t, input);
    return reversePayment(t, 'refunded', input);
  });
}
