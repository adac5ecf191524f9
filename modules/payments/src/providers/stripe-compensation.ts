import type Stripe from 'stripe';
import { fromStripeError, stripeCode } from './stripe-errors';

// Undoing a PaymentIntent at Stripe, each call with its own idempotency key so a retried
// compensation (after a crash before our commit) repeats nothing at Stripe.

type Target = { orderId: string; workspaceId: string; externalId: string };

/** Refunds the PaymentIntent in full; a PaymentIntent already refunded counts as done. */
export async function refundAtStripe(stripe: Stripe, target: Target): Promise<void> {
  try {
    await stripe.refunds.create(
      {
        payment_intent: target.externalId,
        reason: 'requested_by_customer',
        // Parameters stay the same on every retry (Stripe refuses a reused key with others).
        metadata: { order_id: target.orderId, workspace_id: target.workspaceId },
      },
      { idempotencyKey: `nexova-refund-${target.orderId}` },
    );
  } catch (error) {
    if (stripeCode(error) !== 'charge_already_refunded') throw fromStripeError(error);
  }
}

/**
 * Cancels the PaymentIntent. When Stripe says it can no longer be canceled, looks at it: already
 * canceled is done; succeeded (the customer paid before the webhook reached us) is refunded.
 * Returns whether money was refunded.
 */
export async function cancelAtStripe(stripe: Stripe, target: Target): Promise<{ refunded: boolean }> {
  try {
    await stripe.paymentIntents.cancel(
      target.externalId,
      { cancellation_reason: 'abandoned' },
      { idempotencyKey: `nexova-cancel-${target.orderId}` },
    );
    return { refunded: false };
  } catch (error) {
    if (stripeCode(error) !== 'payment_intent_unexpected_state') throw fromStripeError(error);
  }
  const pi = await stripe.paymentIntents.retrieve(target.externalId).catch((error: unknown) => {
    throw fromStripeError(error);
  });
  if (pi.status === 'canceled') return { refunded: false };
  if (pi.status === 'succeeded') {
    await refundAtStripe(stripe, target);
    return { refunded: true };
  }
  throw fromStripeError(new Error(`PaymentIntent ${pi.id} is ${pi.status}; it cannot be canceled.`));
}
