import type { TxContext } from '@nexova/db';
import { intentCanceled, intentFailed, intentSucceeded } from '../contracts/events/intent-events.v1';
import type { IntentStatus } from '../contracts/payment-intent';
import type { StripeIntentObject, WebhookOutcome } from '../contracts/stripe-webhook';
import { lockIntentByExternalId, recordStripeEvent, updateIntent } from '../db/intent-store';
import { nextIntentStatus, type ProviderOutcome } from '../domain/intent-status';
import { publishIntent } from './publish-intent';
import { type ReviewReason, recordPayment } from './record-payment';

// Private to handleStripeWebhook (not exported from the module).

export type StripeEventRef = { id: string; type: string };
export type Applied = { outcome: WebhookOutcome; reviewReason: ReviewReason | null };

/**
 * Applies one verified Stripe event to the intent it names, in the caller's workspace transaction.
 * The intent's row lock serialises deliveries of its events; the event id is recorded (insert, on
 * conflict nothing) with the effects, so a redelivery — even a concurrent one — changes nothing.
 * A success registers a stripe payment (reference = PaymentIntent id) in the same transaction.
 */
export async function applyStripeOutcome(
  t: TxContext,
  event: StripeEventRef,
  outcome: ProviderOutcome,
  pi: StripeIntentObject,
): Promise<Applied> {
  const row = await lockIntentByExternalId(t, pi.id);
  if (!row) return { outcome: 'ignored', reviewReason: null };
  const amount = pi.amount_received && pi.amount_received > 0 ? pi.amount_received : row.amount;
  const sameMoney = pi.currency.toUpperCase() === row.currency && amount > 0;
  const next = sameMoney ? nextIntentStatus(row.status as IntentStatus, outcome) : null;
  const recorded = await recordStripeEvent(t, {
    id: event.id,
    workspaceId: row.workspaceId,
    type: event.type,
    externalId: pi.id,
    outcome: next ? 'applied' : 'stale',
  });
  if (!recorded) return { outcome: 'duplicate', reviewReason: null };
  if (!next) return { outcome: 'stale', reviewReason: null };

  if (next === 'succeeded') {
    const paid = await recordPayment(
      t,
      { orderId: row.orderId, amount, method: 'stripe', reference: pi.id, note: `Stripe ${event.id}` },
      true,
    );
    if (row.status === 'cancel_requested') {
      // The customer paid while the cancel was on its way: the money is recorded; submitIntentCancel
      // refunds it at Stripe and marks this payment refunded. The intent stays cancel_requested.
      await updateIntent(t, row, { reviewReason: paid.reviewReason });
      return { outcome: 'applied', reviewReason: paid.reviewReason };
    }
    const updated = await updateIntent(t, row, { status: 'succeeded', reviewReason: paid.reviewReason });
    await publishIntent(t, intentSucceeded, updated, { payment_id: paid.row.id, review_reason: paid.reviewReason });
    return { outcome: 'applied', reviewReason: paid.reviewReason };
  }
  if (next === 'failed') {
    const error = pi.last_payment_error;
    const reason = (error?.message || error?.decline_code || error?.code || 'payment_failed').slice(0, 1000);
    const updated = await updateIntent(t, row, { status: 'failed', failureReason: reason });
    await publishIntent(t, intentFailed, updated, { failure_reason: reason });
    return { outcome: 'applied', reviewReason: null };
  }
  const reason = pi.cancellation_reason ?? 'canceled at Stripe';
  const updated = await updateIntent(t, row, { status: 'canceled', failureReason: reason });
  await publishIntent(t, intentCanceled, updated, { reason, refunded: false });
  return { outcome: 'applied', reviewReason: null };
}
