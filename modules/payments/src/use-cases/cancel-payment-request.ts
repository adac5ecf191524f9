import { type AppContext, withTransaction } from '@nexova/db';
import { intentCanceled } from '../contracts/events/intent-events.v1';
import type { PaymentIntent } from '../contracts/payment-intent';
import { findIntent, toIntent, updateIntent } from '../db/intent-store';
import { publishIntent } from './publish-intent';

export type CancelPaymentRequestInput = { orderId: string; reason: string };

// The checkout saga's compensation: cancels the order's payment intent, in the caller's (the saga's)
// transaction, and never calls Stripe there. Idempotent; null when the order has none, unchanged
// when already canceled or being canceled. Manual, or Stripe not yet created at Stripe (`requested`):
// canceled at once (a PaymentIntent the submitter creates meanwhile is canceled by it). Stripe with a
// PaymentIntent (pending, failed or succeeded): recorded as `cancel_requested` with the reason;
// submitIntentCancel, run by the workers after the commit, cancels it at Stripe (or refunds it when
// the customer paid) and then publishes payments.intent.canceled. Manual succeeded (staff registered
// the money): left for staff to refund by hand.
export async function cancelPaymentRequest({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CancelPaymentRequestInput;
}): Promise<PaymentIntent | null> {
  return withTransaction(ctx, async (t) => {
    const row = await findIntent(t, input.orderId, true);
    if (!row) return null;
    if (row.status === 'canceled' || row.status === 'cancel_requested') return toIntent(row);
    if (row.provider === 'manual' && row.status === 'succeeded') return toIntent(row);
    const reason = input.reason.trim() || null;
    if (row.provider === 'stripe' && row.externalId) {
      const asked = await updateIntent(t, row, {
        status: 'cancel_requested',
        failureReason: reason,
        submitAfter: null,
      });
      return toIntent(asked);
    }
    const canceled = await updateIntent(t, row, { status: 'canceled', failureReason: reason, submitAfter: null });
    await publishIntent(t, intentCanceled, canceled, { reason, refunded: false });
    return toIntent(canceled);
  });
}
