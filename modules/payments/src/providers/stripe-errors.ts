import { ConflictError, ServiceUnavailableError, UnprocessableError } from '@nexova/kernel';
import Stripe from 'stripe';

/** The Stripe client of the runtime, or 422 naming the missing key. */
export function requireStripe(stripe: Stripe | null): Stripe {
  if (stripe) return stripe;
  throw new UnprocessableError('Stripe payments need STRIPE_SECRET_KEY, which is not configured.', {
    code: 'stripe_not_configured',
  });
}

/** The code of a Stripe API error (payment_intent_unexpected_state…), or null for anything else. */
export const stripeCode = (error: unknown): string | null =>
  error instanceof Stripe.errors.StripeError ? (error.code ?? error.type ?? null) : null;

/**
 * A Stripe failure as one of ours: a request Stripe rejected → 422 with Stripe's message; an
 * idempotency key reused with other parameters (the order's balance changed between a crashed
 * attempt and its retry) → 409, as retrying cannot help; Stripe
 * unreachable, rate limited, failing or refusing our key → 503, so a consumer retries later.
 */
export function fromStripeError(error: unknown): Error {
  if (!(error instanceof Stripe.errors.StripeError)) return error as Error;
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
