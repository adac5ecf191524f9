import type { Config } from '@nexova/config';
import Stripe from 'stripe';
import type { PaymentProviderName } from '../contracts/payment-intent';

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

const UNCONFIGURED: PaymentsRuntime = {
  defaultProvider: 'manual',
  stripe: null,
  webhookSecret: null,
  webhookToleranceSeconds: 300,
  submitLeaseMs: 60_000,
  submitIntervalMs: 1000,
};

/** STRIPE_API_URL as the SDK's own host, port and protocol options. */
function apiLocation(url: string | undefined) {
  if (!url) return {};
  const u = new URL(url);
  const protocol = u.protocol === 'http:' ? 'http' : 'https';
  return { host: u.hostname, port: u.port || (protocol === 'http' ? 80 : 443), protocol } as const;
}

const byConfig = new WeakMap<Config, PaymentsRuntime>();
const byDatabase = new WeakMap<object, PaymentsRuntime>();

export function paymentsRuntimeOf(config: Config): PaymentsRuntime {
  let runtime = byConfig.get(config);
  if (!runtime) {
    const key = config.STRIPE_SECRET_KEY;
    runtime = {
      defaultProvider: config.PAYMENTS_DEFAULT_PROVIDER,
      stripe: key
        ? new Stripe(key, {
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
    byConfig.set(config, runtime);
  }
  return runtime;
}

/**
 * Binds the configured providers to a database handle, so use-cases called with only `{ ctx }` (the
 * checkout saga's consumer, the webhook) find them through `ctx.db`. The composition root calls it
 * for the API (payment routes) and for the workers; calling it again is harmless.
 */
export function configurePayments({ config, db }: { config: Config; db: object }): PaymentsRuntime {
  const runtime = paymentsRuntimeOf(config);
  byDatabase.set(db, runtime);
  return runtime;
}

/** The providers bound to this context's database; unbound: manual only (stripe answers 422). */
export const runtimeFor = (ctx: { db: object }): PaymentsRuntime => byDatabase.get(ctx.db) ?? UNCONFIGURED;
