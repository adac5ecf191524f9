import { type AppContext, withTransaction } from '@nexova/db';
import { AppError } from '@nexova/kernel';
import { intentCreated, intentFailed } from '../contracts/events/intent-events.v1';
import type { PaymentIntent } from '../contracts/payment-intent';
import { findIntent, type IntentRow, publishIntent, toIntent, updateIntent } from '../db/intent-store';
import { runtimeFor } from '../providers/runtime';
import { cancelAtStripe } from '../providers/stripe-compensation';
import { fromStripeError, requireStripe } from '../providers/stripe-errors';
import { stripeOrderKey } from './request-payment';

export type SubmitPaymentIntentInput = { orderId: string; now?: Date };

// Creates a `requested` Stripe intent at Stripe: claims it (a short transaction that sets its lease),
// calls Stripe with NO transaction open and the recorded idempotency key, then records the outcome
// in a new transaction — pending with the PaymentIntent's id and client secret (payments.intent.created),
// or failed when Stripe refused the request (payments.intent.failed). A crash or a timeout between the
// call and the record leaves it `requested`: the next run sends the same key and gets the same
// PaymentIntent. Returns null when there is nothing to send (another worker holds it, or it moved on).
export async function submitPaymentIntent({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: SubmitPaymentIntentInput;
}): Promise<PaymentIntent | null> {
  if (ctx.tx) throw new Error('submitPaymentIntent calls Stripe: it must run outside any transaction.');
  const runtime = runtimeFor(ctx);
  const stripe = requireStripe(runtime.stripe);
  const now = input.now ?? new Date();
  const row = await withTransaction(ctx, async (t) => {
    const found = await findIntent(t, input.orderId, true);
    if (found?.status !== 'requested' || (found.submitAfter && found.submitAfter > now)) return null;
    return updateIntent(t, found, { submitAfter: new Date(now.getTime() + runtime.submitLeaseMs) });
  });
  if (!row) return null;
  let pi: Awaited<ReturnType<typeof stripe.paymentIntents.create>>;
  try {
    pi = await stripe.paymentIntents.create(
      {
        amount: row.amount,
        currency: row.currency.toLowerCase(),
        metadata: { order_id: row.orderId, workspace_id: row.workspaceId },
        automatic_payment_methods: { enabled: true },
      },
      { idempotencyKey: row.idempotencyKey ?? stripeOrderKey(row.orderId) },
    );
  } catch (error) {
    const mapped = fromStripeError(error);
    // Stripe unreachable or failing: still requested; retried once the lease ends, with the same key.
    if (!(mapped instanceof AppError) || mapped.status >= 500) throw mapped;
    return toIntent(await recordRefusal(ctx, row.orderId, mapped.message));
  }
  const recorded = await withTransaction(ctx, async (t) => {
    const current = await findIntent(t, row.orderId, true);
    if (current?.status !== 'requested') return { intent: current, orphan: true };
    const updated = await updateIntent(t, current, {
      status: 'pending',
      externalId: pi.id,
      clientSecret: pi.client_secret,
      submitAfter: null,
    });
    await publishIntent(t, intentCreated, updated);
    return { intent: updated, orphan: false };
  });
  // Cancelled while Stripe was creating it: that PaymentIntent must not stay payable.
  if (recorded.orphan && recorded.intent?.externalId !== pi.id)
    await cancelAtStripe(stripe, { orderId: row.orderId, workspaceId: row.workspaceId, externalId: pi.id });
  return recorded.intent ? toIntent(recorded.intent) : null;
}

/** Stripe refused the request itself (retrying cannot help): the intent fails, the saga ends. */
async function recordRefusal(ctx: AppContext, orderId: string, reason: string): Promise<IntentRow> {
  return withTransaction(ctx, async (t) => {
    const current = await findIntent(t, orderId, true);
    if (current?.status !== 'requested') return current as IntentRow;
    const failureReason = reason.slice(0, 1000);
    const failed = await updateIntent(t, current, { status: 'failed', failureReason, submitAfter: null });
    await publishIntent(t, intentFailed, failed, { failure_reason: failureReason });
    return failed;
  });
}
