import { z } from 'zod';
import { envInt, envUrl, envVar } from '../env-var';

// Payment providers: manual (staff register payments) and Stripe PaymentIntents (issue 6).
export const paymentsEnv = {
  ...envVar('PAYMENTS_DEFAULT_PROVIDER', z.enum(['manual', 'stripe']).default('manual'), {
    description:
      'Provider of the payment an order requests when the caller names none: manual (the order waits for payments registered by staff) or stripe (a Stripe PaymentIntent).',
    expected: 'manual | stripe',
  }),
  ...envVar('STRIPE_SECRET_KEY', z.string().trim().min(1).optional(), {
    description: 'Stripe secret API key. Unset: requesting a stripe payment answers 422.',
    expected: 'a Stripe secret key (sk_live_… or sk_test_…)',
    example: 'sk_test_change-me',
    secret: true,
  }),
  ...envVar('STRIPE_WEBHOOK_SECRET', z.string().trim().min(1).optional(), {
    description:
      'Signing secret of the Stripe webhook endpoint (POST /api/v1/webhooks/stripe). Unset: the endpoint answers 503 and Stripe retries later.',
    expected: 'a webhook signing secret (whsec_…)',
    example: 'whsec_change-me',
    secret: true,
  }),
  ...envVar('STRIPE_API_URL', envUrl(['http', 'https']).optional(), {
    description:
      "Another base URL for Stripe's API (a local fake or a proxy); passed to the SDK as its host, port and protocol. Unset: api.stripe.com.",
    expected: 'an http(s) URL',
  }),
  ...envVar('STRIPE_WEBHOOK_TOLERANCE_SECONDS', envInt(300, 1, 86_400), {
    description:
      'Largest age of a Stripe webhook signature timestamp; older deliveries answer 400 (replay protection).',
    expected: 'seconds, an integer from 1 to 86400',
  }),
  ...envVar('STRIPE_TIMEOUT_MS', envInt(20_000, 100, 600_000), {
    description: 'Time one Stripe API request may take before it fails (and is retried).',
    expected: 'milliseconds, an integer from 100 to 600000',
  }),
  ...envVar('STRIPE_MAX_NETWORK_RETRIES', envInt(2, 0, 10), {
    description:
      'Retries of a Stripe API request after a network error or a 409/5xx (each with the same idempotency key).',
    expected: 'an integer from 0 to 10',
  }),
  ...envVar('PAYMENTS_SUBMIT_INTERVAL_MS', envInt(1000, 50, 60_000), {
    description:
      'How often the workers send recorded Stripe requests — PaymentIntents to create, cancels, refunds — to Stripe (outside any database transaction) and retry those whose outcome was not recorded.',
    expected: 'milliseconds, an integer from 50 to 60000',
  }),
};
