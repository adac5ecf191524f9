import type { Config } from '@nexova/config';
import type Stripe from 'stripe';
import type { PaymentProviderName } from '../contracts/payment-intent';
import { stripeSdk } from './stripe-sdk';

/** What the payment use-cases need from configuration: the default provider and a Stripe client. */
export type PaymentsRuntime = {
  defaultProvider: PaymentProviderName;
  /** The official SDK client; null when STRIPE_SECRET_KEY is unset. */
  stripe: Stripe | null;
  webhookSecret: string | null;
  webhookToleranceSeconds: number;
  /** How long a Stripe request being sent is left to its sender (the SDK's timeout × its tries, plus a round). */
  submitLeaseMs: number;
  /** PAYMENTS_SUBMIT_INTERVAL_MS: how often the workers send recorded Stripe requests. */
  submitIntervalMs: number;
};

/** STRIPE_API_URL as the SDK's own host, port and protocol options. */
function apiLocation(url: string | undefined) {
  if (!url) return {};
  const u = new URL(url);
  const protocol = u.protocol === 'http:' ? 'http' : 'https';
  return { host: u.hostname, port: u.port || (protocol === 'http' ? 80 : 443), protocol } as const;
}

/**
 * The payment providers of one app, created once by the composition root (apps/nexova) and passed
 * to whoever needs them: the payment routes, the Stripe submitter workers and the checkout saga.
 */
export function createPaymentsRuntime(config: Config): PaymentsRuntime {
  const key = config.STRIPE_SECRET_KEY;
  return {
    defaultProvider: config.PAYMENTS_DEFAULT_PROVIDER,
    stripe: key
      ? new (stripeSdk())(key, {
          ...apiLocation(config.STRIPE_API_URL),
          timeout: config.STRIPE_TIMEOUT_MS,
          maxNetworkRetries: config.STRIPE_MAX_NETWORK_RETRIES,
          appInfo: { name: 'Nexova' },
        })
      : null,
    webhookSecret: config.STRIPE_WEBHOOK_SECRET ?? null,
    webhookToleranceSeconds: config.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
    submitLeaseMs:
      config.STRIPE_TIMEOUT_MS * (config.STRIPE_MAX_NETWORK_RETRIES + 1) + config.PAYMENTS_SUBMIT_INTERVAL_MS,
    submitIntervalMs: config.PAYMENTS_SUBMIT_INTERVAL_MS,
  };
}
