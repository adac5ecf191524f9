import type { AppContext, TxContext } from '@nexova/db';
import { and, eq } from 'drizzle-orm';
import { intentCanceled } from '../contracts/events/intent-events.v1';
import type { PaymentIntent } from '../contracts/payment-intent';
import { findIntent, type IntentRow, toIntent, updateIntent } from '../db/intent-store';
import { payments } from '../db/schema';
import type { PaymentsRuntime } from '../providers/runtime';
import { callStripeLeased, isDue } from '../providers/stripe-call';
import { cancelAtStripe } from '../providers/stripe-compensation';
import { publishIntent } from './publish-intent';
import { reversePayment } from './reverse-payment';

export type SubmitIntentCancelInput = { orderId: string; now?: Date };

// Sends a `cancel_requested` Stripe intent's cancel to Stripe (recorded by cancelPaymentRequest in
// the saga's transaction) through callStripeLeased: no transaction is open during the call, whose
// idempotency key is `nexova-cancel-<order>` (a PaymentIntent the customer already paid is refunded
// instead, key `nexova-refund-<order>`). The outcome is recorded in a new transaction: the intent is
// canceled (payments.intent.canceled, with `refunded`), and a refunded stripe payment registered for
// it is marked refunded (payments.payment.refunded). A crash between the call and the record leaves
// it `cancel_requested`: the retry sends the same keys, and Stripe cancels or refunds once.
export async function submitIntentCancel({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: SubmitIntentCancelInput;
  /** The payment providers, created once per app by the composition (createPaymentsRuntime). */
  runtime: PaymentsRuntime;
}): Promise<PaymentIntent | null> {
  const outcome = await callStripeLeased(ctx, runtime, input.now ?? new Date(), {
    async claim(t, leaseUntil) {
      const found = await findIntent(t, input.orderId, true);
      if (!found?.externalId || !isDue(found, 'cancel_requested', input.now ?? new Date())) return null;
      return updateIntent(t, found, { submitAfter: leaseUntil });
    },
    call: (stripe, row: IntentRow) =>
      cancelAtStripe(stripe, { orderId: row.orderId, workspaceId: row.workspaceId, externalId: row.externalId ?? '' }),
    async record(t, row, { refunded }) {
      const current = await findIntent(t, row.orderId, true);
      // Canceled meanwhile from Stripe's side (its webhook): already recorded.
      if (current?.status !== 'cancel_requested') return current;
      if (refunded) await reverseStripePayment(t, current);
      const canceled = await updateIntent(t, current, { status: 'canceled', submitAfter: null });
      await publishIntent(t, intentCanceled, canceled, { reason: canceled.failureReason, refunded });
      return canceled;
    },
    // Stripe refused the cancel itself (a 4xx other than 409/429: the PaymentIntent is unknown to
    // this account, the request is invalid): retrying cannot help, so the attempt ends here. The
    // states Stripe can still resolve (already canceled, paid, processing) never come here; they are
    // handled by cancelAtStripe or retried. Nothing was taken through a PaymentIntent Stripe does not
    // know: the intent is canceled locally with Stripe's words as its reason, refunded: false.
    async refuse(t, row, refusal) {
      if (refusal.status === 409) throw refusal; // an idempotency conflict: left to the lease and a retry
      const current = await findIntent(t, row.orderId, true);
      if (current?.status !== 'cancel_requested') return current;
      const reason = [current.failureReason, `Stripe refused the cancel: ${refusal.message}`]
        .filter(Boolean)
        .join('; ')
        .slice(0, 1000);
      const canceled = await updateIntent(t, current, { status: 'canceled', failureReason: reason, submitAfter: null });
      await publishIntent(t, intentCanceled, canceled, { reason, refunded: false });
      return canceled;
    },
  });
  return outcome?.value ? toIntent(outcome.value) : null;
}

/** The stripe payment registered for this PaymentIntent, marked refunded (nothing when none or already reversed). */
async function reverseStripePayment(t: TxContext, row: IntentRow): Promise<void> {
  const [payment] = await t.tx
    .select({ id: payments.id, status: payments.status })
    .from(payments)
    .where(
      and(
        eq(payments.workspaceId, row.workspaceId),
        eq(payments.orderId, row.orderId),
        eq(payments.method, 'stripe'),
        eq(payments.reference, row.externalId ?? ''),
      ),
    );
  if (payment?.status === 'registered' || payment?.status === 'refund_requested')
    await reversePayment(t, 'refunded', { paymentId: payment.id, reason: row.failureReason });
}
