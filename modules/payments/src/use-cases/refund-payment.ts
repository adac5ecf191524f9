import { type AppContext, withTransaction } from '@nexova/db';
import { AppError } from '@nexova/kernel';
import type { Payment } from '../contracts/payment';
import { mustLoadPayment } from '../db/payment-store';
import { requestRefund } from '../db/request-refund';
import { type ReverseInput, reversePayment } from '../db/reverse-payment';
import { submitPaymentRefund } from './submit-payment-refund';

export type RefundPaymentInput = ReverseInput;

// Refunds a payment in full; the balance grows by its amount. Cash, transfer, card: recorded at once
// (staff gave the money back). Stripe: the money goes back through Stripe, never called inside a
// transaction — the refund is recorded as refund_requested and committed, then sent to Stripe right
// away (after the commit, the staff user waiting): refunded when Stripe answers; still
// refund_requested when Stripe is unreachable (the route answers 202, the Stripe submitter workers
// retry with the same idempotency key); 422 when Stripe refuses it (the payment stays registered).
// Inside a caller's transaction only the request is recorded.
export async function refundPayment({ ctx, input }: { ctx: AppContext; input: RefundPaymentInput }): Promise<Payment> {
  const asked = await withTransaction(ctx, async (t) => {
    const found = await mustLoadPayment(t, input.paymentId);
    if (found.method !== 'stripe') return { payment: await reversePayment(t, 'refunded', input), viaStripe: false };
    return { payment: await requestRefund(t, input), viaStripe: true };
  });
  if (!asked.viaStripe || ctx.tx || asked.payment.status !== 'refund_requested') return asked.payment;
  try {
    return (await submitPaymentRefund({ ctx, input: { paymentId: input.paymentId, files: input.files } })) ?? asked.payment;
  } catch (error) {
    // Stripe unreachable or failing: the refund stays asked for; the workers send it.
    if (error instanceof AppError && error.status < 500) throw error;
    return asked.payment;
  }
}
