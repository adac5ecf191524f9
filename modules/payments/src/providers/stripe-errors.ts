import { ConflictError, ServiceUnavailableError, UnprocessableError } from '@nexova/kernel';
import type Stripe from 'stripe';
import { loadedStripeSdk } from './stripe-sdk';

/** The Stripe client of the runtime, or 422 naming the missing key. */
export function requireStripe(stripe: Stripe | null): Stripe {
  if (stripe) return stripe;
  throw new UnprocessableError('Stripe payments need STRIPE_SECRET_KEY, which is not configured.', {
    code: 'stripe_not_configured',
  });
}

/** The code of a Stripe API error (payment_intent_unexpected_state…), or null for anything else. */
export const stripeCode = (error: unknown): string | null =>
  isStripeError(error) ? (error.code ?? error.type ?? null) : null;

/** Whether `error` came from the Stripe SDK (none can before anything loaded it). */
function isStripeError(error: unknown): error is Stripe.errors.StripeError {
  const sdk = loadedStripeSdk();
  return sdk !== null && error instanceof sdk.errors.StripeError;
}

/**
 * A Stripe failure as one of ours: a request Stripe rejected → 422 with Stripe's message; an
 * idempotency key reused with other parameters (the order's balance changed between a crashed
 * attempt and its retry) → 409, as retrying cannot help; Stripe
 * unreachable, rate limited, failing or refusing our key → 503, so a consumer retries later.
 */
export function fromStripeError(error: unknown): Error {
  const Stripe = loadedStripeSdk();
  if (!Stripe || !isStripeError(error)) return error as Error;
  if (error instanceof Stripe.errors.StripeIdempotencyError)
    return new ConflictError(`Stripe already has this request with other parameters: ${error.message}`, {
      code: 'stripe_idempotency_conflict',
      extensions: { stripe_request_id: error.requestId ?? null },
    });
  if (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeCardError)
    return new UnprocessableError(`Stripe refused the request: ${error.message}`, {
      code: 'stripe_request_rejected',
      extensions: { stripe_code: error.code ?? null, stripe_request_id: error.requestId ?? null },
    });
  return new ServiceUnavailableError(`Stripe is unavailable: ${error.message}`, {
    code: 'payment_provider_unavailable',
    extensions: { stripe_request_id: error.requestId ?? null },
    headers: { 'retry-after': '5' },
  });
}
