import { type AppContext, workspaceOf } from '@nexova/db';
import { intentCreated, intentFailed } from '../contracts/events/intent-events.v1';
import type { PaymentIntent } from '../contracts/payment-intent';
import { findIntent, type IntentRow, toIntent, updateIntent } from '../db/intent-store';
import type { PaymentsRuntime } from '../providers/runtime';
import { callStripeLeased, isDue } from '../providers/stripe-call';
import { cancelAtStripe } from '../providers/stripe-compensation';
import { requireStripe } from '../providers/stripe-errors';
import { publishIntent } from './publish-intent';
import { stripeOrderKey } from './request-payment';

export type SubmitPaymentIntentInput = { orderId: string; now?: Date };

type Recorded = { intent: IntentRow | null; orphan: string | null };

// Creates a `requested` Stripe intent at Stripe through callStripeLeased (claim with a lease, call
// with NO transaction open and the recorded idempotency key, record the outcome in a new
// transaction): pending with the PaymentIntent's id and client secret (payments.intent.created), or
// failed when Stripe refused the request (payments.intent.failed). A crash or a timeout between the
// call and the record leaves it `requested`: the next run sends the same key and gets the same
// PaymentIntent. Returns null when there is nothing to send (another worker holds it, or it moved on).
export async function submitPaymentIntent({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: SubmitPaymentIntentInput;
  /** The payment providers, created once per app by the composition (createPaymentsRuntime). */
  runtime: PaymentsRuntime;
}): Promise<PaymentIntent | null> {
  const outcome = await callStripeLeased(ctx, runtime, input.now ?? new Date(), {
    async claim(t, leaseUntil) {
      const found = await findIntent(t, input.orderId, true);
      if (!found || !isDue(found, 'requested', input.now ?? new Date())) return null;
      return updateIntent(t, found, { submitAfter: leaseUntil });
    },
    call: (stripe, row: IntentRow) =>
      stripe.paymentIntents.create(
        {
          amount: row.amount,
          currency: row.currency.toLowerCase(),
          metadata: { order_id: row.orderId, workspace_id: row.workspaceId },
          automatic_payment_methods: { enabled: true },
        },
        { idempotencyKey: row.idempotencyKey ?? stripeOrderKey(row.orderId) },
      ),
    async record(t, row, pi): Promise<Recorded> {
      const current = await findIntent(t, row.orderId, true);
      if (current?.status !== 'requested') return { intent: current, orphan: pi.id };
      const updated = await updateIntent(t, current, {
        status: 'pending',
        externalId: pi.id,
        clientSecret: pi.client_secret,
        submitAfter: null,
      });
      await publishIntent(t, intentCreated, updated);
      return { intent: updated, orphan: null };
    },
    // Stripe refused the request itself (retrying cannot help): the intent fails, the saga ends.
    async refuse(t, row, refusal): Promise<Recorded> {
      const current = await findIntent(t, row.orderId, true);
      if (current?.status !== 'requested') return { intent: current, orphan: null };
      const failureReason = refusal.message.slice(0, 1000);
      const failed = await updateIntent(t, current, { status: 'failed', failureReason, submitAfter: null });
      await publishIntent(t, intentFailed, failed, { failure_reason: failureReason });
      return { intent: failed, orphan: null };
    },
  });
  if (!outcome) return null;
  const { intent, orphan } = outcome.value;
  // Canceled while Stripe was creating it: that PaymentIntent must not stay payable.
  if (orphan && intent?.externalId !== orphan) {
    const stripe = requireStripe(runtime.stripe);
    await cancelAtStripe(stripe, {
      orderId: input.orderId,
      workspaceId: workspaceOf(ctx),
      externalId: orphan,
    });
  }
  return intent ? toIntent(intent) : null;
}
