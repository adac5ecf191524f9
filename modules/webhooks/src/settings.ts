import type { Config } from '@nexova/config';
import type { TargetPolicy } from './domain/endpoint-url';
import type { RetryPolicy } from './domain/retry-schedule';

/** What the webhook use-cases take from configuration, passed explicitly (no module-level runtime). */
export type WebhookSettings = {
  /** WEBHOOKS_ALLOW_HTTP and WEBHOOKS_ALLOW_PRIVATE_TARGETS: where endpoints may point (SSRF guard). */
  target: TargetPolicy;
  /** WEBHOOKS_MAX_ENDPOINTS: endpoints per workspace. */
  maxEndpoints: number;
  /** NEXOVA_SECRET_KEY: seals the signing secrets stored in the database (null: stored in plain). */
  sealKey: string | null;
  timeoutMs: number;
  sendIntervalMs: number;
  retry: RetryPolicy;
  secretOverlapMs: number;
  disableAfterFailures: number;
  disableAfterMs: number;
  /** How long a claimed delivery is left to the worker sending it before another may send it. */
  leaseMs: number;
};

export function webhookSettings(config: Config): WebhookSettings {
  return {
    target: { allowHttp: config.WEBHOOKS_ALLOW_HTTP, allowPrivate: config.WEBHOOKS_ALLOW_PRIVATE_TARGETS },
    maxEndpoints: config.WEBHOOKS_MAX_ENDPOINTS,
    sealKey: config.NEXOVA_SECRET_KEY ?? null,
    timeoutMs: config.WEBHOOKS_TIMEOUT_MS,
    sendIntervalMs: config.WEBHOOKS_SEND_INTERVAL_MS,
    retry: {
      baseMs: config.WEBHOOKS_RETRY_BASE_MS,
      maxMs: config.WEBHOOKS_RETRY_MAX_MS,
      windowMs: config.WEBHOOKS_RETRY_WINDOW_HOURS * 3_600_000,
    },
    secretOverlapMs: config.WEBHOOKS_SECRET_OVERLAP_SECONDS * 1000,
    disableAfterFailures: config.WEBHOOKS_DISABLE_AFTER_FAILURES,
    disableAfterMs: config.WEBHOOKS_DISABLE_AFTER_HOURS * 3_600_000,
    leaseMs: config.WEBHOOKS_TIMEOUT_MS * 2 + config.WEBHOOKS_SEND_INTERVAL_MS + 5000,
  };
}
