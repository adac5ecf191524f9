import { type AppContext, withTransaction } from '@nexova/db';
import { and, eq } from 'drizzle-orm';
import { intentCanceled } from '../contracts/events/intent-events.v1';
import type { PaymentIntent } from '../contracts/payment-intent';
import { findIntent, publishIntent, toIntent, updateIntent } from '../db/intent-store';
import { reversePayment } from '../db/reverse-payment';
import { payments } from '../db/schema';
import { runtimeFor } from '../providers/runtime';
import { cancelAtStripe, refundAtStripe } from '../providers/stripe-compensation';
import { requireStripe } from '../providers/stripe-errors';

export type CancelPaymentRequestInput = { orderId: string; reason: string };

// The checkout saga's compensation: cancels the order's payment intent. Idempotent; null when the
// order has none, unchanged when already canceled. Stripe: a pending or failed PaymentIntent is
// canceled at Stripe (so a failed one cannot be paid later); a succeeded one is refunded and its
// registered stripe payment marked refunded (payments.payment.refunded). Manual: a pending intent
// is canceled; a succeeded one (staff registered the money) is left for staff to refund by hand.
export async function cancelPaymentRequest({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CancelPaymentRequestInput;
}): Promise<PaymentIntent | null> {
  const runtime = runtimeFor(ctx);
  return withTransaction(ctx, async (t) => {
    const row = await findIntent(t, input.orderId, true);
    if (!row) return null;
    if (row.status === 'canceled' || (row.provider === 'manual' && row.status === 'succeeded')) return toIntent(row);
    const reason = input.reason.trim() || null;
    let refunded = false;
    if (row.provider === 'stripe' && row.externalId) {
      const stripe = requireStripe(runtime.stripe);
      const target = { orderId: row.orderId, workspaceId: row.workspaceId, externalId: row.externalId };
      if (row.status === 'succeeded') {
        await refundAtStripe(stripe, target);
        refunded = true;
        const [payment] = await t.tx
          .select({ id: payments.id, status: payments.status })
          .from(payments)
          .where(
            and(
              eq(payments.workspaceId, row.workspaceId),
              eq(payments.orderId, row.orderId),
              eq(payments.method, 'stripe'),
              eq(payments.reference, row.externalId),
            ),
          );
        // Already voided or refunded by staff: the ledger shows no money kept; nothing to reverse.
        if (payment?.status === 'registered') await reversePayment(t, 'refunded', { paymentId: payment.id, reason });
      } else refunded = (await cancelAtStripe(stripe, target)).refunded;
    }
    const canceled = await updateIntent(t, row, { status: 'canceled', failureReason: reason });
    await publishIntent(t, intentCanceled, canceled, { reason, refunded });
    return toIntent(canceled);
  });
}
