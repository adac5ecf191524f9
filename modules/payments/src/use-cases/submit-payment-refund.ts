import type { AppContext } from '@nexova/db';
import { publish } from '@nexova/events';
import { paymentRefundFailed } from '../contracts/events/payment-events.v1';
import type { Payment } from '../contracts/payment';
import { attachmentsOf, mustLoadPayment, orderOf, type PaymentRow } from '../db/payment-store';
import { setPaymentStatus } from '../db/payment-writes';
import type { PaymentsRuntime } from '../providers/runtime';
import { callStripeLeased, isDue } from '../providers/stripe-call';
import { stripeCode } from '../providers/stripe-errors';
import { type ReceiptFiles, toPayment } from './payment-view';
import { stripeRefundKey } from './request-refund';
import { reversePayment } from './reverse-payment';

export type SubmitPaymentRefundInput = { paymentId: string; now?: Date; files?: ReceiptFiles };

// Sends a `refund_requested` stripe payment's refund to Stripe through callStripeLeased: no
// transaction is open during the call, whose idempotency key is derived from the payment id (a
// retry after a crash refunds once). The outcome is recorded in a new transaction: the payment is
// refunded (payments.payment.refunded; the order's balance grows). A charge Stripe says is already
// refunded (from its dashboard) counts as done. Stripe refusing the refund (nothing left to refund,
// wrong reference) puts the payment back to registered (payments.payment.refund_failed) and throws
// the refusal (422).
export async function submitPaymentRefund({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: SubmitPaymentRefundInput;
  /** The payment providers, created once per app by the composition (createPaymentsRuntime). */
  runtime: PaymentsRuntime;
}): Promise<Payment | null> {
  const outcome = await callStripeLeased(ctx, runtime, input.now ?? new Date(), {
    async claim(t, leaseUntil) {
      const found = await mustLoadPayment(t, input.paymentId, true);
      if (found.method !== 'stripe' || !isDue(found, 'refund_requested', input.now ?? new Date())) return null;
      return setPaymentStatus(t, found, 'refund_requested', found.reversalReason, leaseUntil);
    },
    async call(stripe, row: PaymentRow) {
      try {
        await stripe.refunds.create(
          {
            payment_intent: row.reference ?? '',
            amount: row.amount,
            reason: 'requested_by_customer',
            // Parameters stay the same on every retry (Stripe refuses a reused key with others).
            metadata: { payment_id: row.id, order_id: row.orderId, workspace_id: row.workspaceId },
          },
          { idempotencyKey: stripeRefundKey(row.id) },
        );
      } catch (error) {
        if (stripeCode(error) !== 'charge_already_refunded') throw error;
      }
    },
    async record(t, row) {
      const current = await mustLoadPayment(t, row.id);
      if (current.status !== 'refund_requested') return withFiles(t, current);
      return reversePayment(t, 'refunded', { paymentId: row.id, files: input.files });
    },
    async refuse(t, row, refusal) {
      const current = await mustLoadPayment(t, row.id, true);
      if (current.status !== 'refund_requested') return withFiles(t, current);
      const registered = await setPaymentStatus(t, current, 'registered', null);
      await publish(t, paymentRefundFailed, {
        aggregateId: row.id,
        payload: {
          payment_id: row.id,
          order_id: orderOf(row),
          amount: row.amount,
          currency: row.currency,
          failure_reason: refusal.message.slice(0, 1000),
        },
      });
      return withFiles(t, registered);
    },
  });
  if (outcome && !outcome.done) throw outcome.refusal;
  return outcome?.value ?? null;

  async function withFiles(t: Parameters<typeof attachmentsOf>[0], row: PaymentRow): Promise<Payment> {
    return toPayment(row, (await attachmentsOf(t, [row.id])).get(row.id) ?? [], input.files?.signer);
  }
}
