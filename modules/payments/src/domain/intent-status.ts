import type { IntentStatus } from '../contracts/payment-intent';

// Where a payment intent may go when a provider reports an outcome. Statuses only move forward, so
// late, repeated or out-of-order webhooks cannot undo a success or register money twice.

export type ProviderOutcome = 'succeeded' | 'failed' | 'canceled';

const ALLOWED: Record<ProviderOutcome, readonly IntentStatus[]> = {
  // A failed attempt may be retried by the customer and then succeed; nothing else becomes a success.
  // Paid while its cancel was on the way to Stripe: the money is recorded; the cancel refunds it.
  succeeded: ['pending', 'failed', 'cancel_requested'],
  // Only the first failure counts; a failure after a success or a cancel is stale.
  failed: ['pending'],
  canceled: ['pending', 'failed', 'cancel_requested'],
};

/** The status after `outcome`, or null when the outcome is stale for `current` and must be ignored. */
export function nextIntentStatus(current: IntentStatus, outcome: ProviderOutcome): IntentStatus | null {
  return ALLOWED[outcome].includes(current) ? outcome : null;
}
