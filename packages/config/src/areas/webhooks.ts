import { envBool, envInt, envVar } from '../env-var';

// Outgoing webhooks (issue 10): signed POSTs of the workspace's events to its endpoints, retried with backoff.
export const webhooksEnv = {
  ...envVar('WEBHOOKS_ALLOW_HTTP', envBool(false), {
    description:
      'Development and tests only: also accept plain http:// endpoint URLs. Otherwise every endpoint URL must be https.',
    expected: 'true | false',
  }),
  ...envVar('WEBHOOKS_ALLOW_PRIVATE_TARGETS', envBool(false), {
    description:
      'Development and tests only: let endpoint URLs reach loopback (127.0.0.0/8, ::1, localhost), private (10/8, 172.16/12, 192.168/16, 100.64/10) and unique-local IPv6 (fc00::/7) addresses. Off, an endpoint whose host is or resolves to one is refused (422 naming url) and so is a delivery to it (checked again at every attempt, on the address actually connected to). Link-local (169.254/16, cloud metadata), unspecified, multicast and reserved addresses are always refused.',
    expected: 'true | false',
  }),
  ...envVar('WEBHOOKS_MAX_ENDPOINTS', envInt(20, 1, 1000), {
    description:
      'How many webhook endpoints one workspace may have; one more answers 409 webhook_endpoint_limit_reached.',
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('WEBHOOKS_TIMEOUT_MS', envInt(10_000, 100, 120_000), {
    description:
      'Time one webhook POST may take (connect, send, first byte and the start of the answer) before the attempt counts as failed and is retried. Redirects are never followed.',
    expected: 'milliseconds, an integer from 100 to 120000',
  }),
  ...envVar('WEBHOOKS_SEND_INTERVAL_MS', envInt(1000, 20, 60_000), {
    description:
      'How often the workers look for webhook deliveries that are due (new ones, retries, redeliveries, pings) and send them, outside any database transaction.',
    expected: 'milliseconds, an integer from 20 to 60000',
  }),
  ...envVar('WEBHOOKS_RETRY_BASE_MS', envInt(30_000, 10, 86_400_000), {
    description:
      'Pause before the first retry of a failed webhook delivery; each further retry waits twice as long (up to WEBHOOKS_RETRY_MAX_MS), with ±20% jitter.',
    expected: 'milliseconds, an integer from 10 to 86400000',
  }),
  ...envVar('WEBHOOKS_RETRY_MAX_MS', envInt(6 * 3_600_000, 10, 7 * 86_400_000), {
    description: 'Longest pause between two attempts of a webhook delivery.',
    expected: 'milliseconds, an integer from 10 to 604800000',
  }),
  ...envVar('WEBHOOKS_RETRY_WINDOW_HOURS', envInt(72, 1, 720), {
    description:
      'How long a failing webhook delivery keeps being retried (from its first attempt, or from a manual redelivery); after it the delivery is `failed`.',
    expected: 'hours, an integer from 1 to 720',
  }),
  ...envVar('WEBHOOKS_SECRET_OVERLAP_SECONDS', envInt(86_400, 0, 30 * 86_400), {
    description:
      'After rotating an endpoint secret, how long the previous secret stays valid: deliveries carry both signatures meanwhile, so receivers can switch without losing any.',
    expected: 'seconds, an integer from 0 to 2592000',
  }),
  ...envVar('WEBHOOKS_DISABLE_AFTER_FAILURES', envInt(10, 1, 10_000), {
    description:
      'An endpoint is disabled automatically (disabled_reason `failing`, event webhooks.endpoint.disabled) after this many consecutive failed attempts spanning at least WEBHOOKS_DISABLE_AFTER_HOURS.',
    expected: 'an integer from 1 to 10000',
  }),
  ...envVar('WEBHOOKS_DISABLE_AFTER_HOURS', envInt(24, 0, 720), {
    description:
      'How long an endpoint must have failed without a single success (with WEBHOOKS_DISABLE_AFTER_FAILURES attempts) before it is disabled automatically.',
    expected: 'hours, an integer from 0 to 720',
  }),
};
