import { z } from 'zod';
import { envInt, envList, envUrl, envVar } from '../env-var';

const perMinute = <N extends string>(name: N, fallback: number, what: string) =>
  envVar(name, envInt(fallback, 1), { description: what, expected: 'a positive integer' });

/** `false`, `true`, a hop count, or a comma-separated list of proxy addresses/CIDRs. */
const trustProxy = z
  .string()
  .trim()
  .optional()
  .transform((v): boolean | number | string[] => {
    if (v === undefined || v === '' || v === 'false' || v === '0') return false;
    if (v === 'true') return true;
    if (/^\d+$/.test(v)) return Number(v);
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  });

// API hardening (issue 4): rate limits, idempotency, request limits, CORS, proxies, pagination.
export const hardeningEnv = {
  ...envVar('REDIS_URL', envUrl(['redis', 'rediss']).optional(), {
    description: 'Redis for rate limits shared by every API replica. Unset: limits are kept in process.',
    expected: 'redis://[user:password@]host:6379[/db]',
    example: 'redis://127.0.0.1:6379',
    secret: true,
  }),
  ...envVar('RATE_LIMIT_KEY_PREFIX', z.string().min(1).default('nexova:rl'), {
    description: 'Prefix of every rate-limit key in Redis (lets several deployments share one Redis).',
    expected: 'a string',
  }),
  ...envVar('RATE_LIMIT_WINDOW_SECONDS', envInt(60, 1, 86_400), {
    description: 'Window of every RATE_LIMIT_* quota below (the quotas are per window).',
    expected: 'seconds, 1 to 86400',
  }),
  ...perMinute('RATE_LIMIT_IP', 1000, 'Requests per window per client IP, on every route, before authentication.'),
  ...perMinute('RATE_LIMIT_USER_POINTS', 1000, 'Points per window per signed-in user or API key.'),
  ...perMinute('RATE_LIMIT_WORKSPACE_POINTS', 10_000, 'Points per window per workspace (all its principals).'),
  ...perMinute('RATE_LIMIT_READ_COST', 1, 'Points a GET/HEAD costs unless the route declares `rateLimit.cost`.'),
  ...perMinute('RATE_LIMIT_WRITE_COST', 5, 'Points a write (POST/PUT/PATCH/DELETE) costs unless the route declares.'),
  ...perMinute('RATE_LIMIT_AUTH', 20, 'Requests per window per IP to `auth` class routes (login, register, reset…).'),
  ...perMinute(
    'RATE_LIMIT_PAYMENTS',
    1000,
    'Requests per window per source to `payments` class routes (the calls that record, reverse or refund a payment or attach a receipt; reads use the user and workspace quotas).',
  ),
  ...perMinute(
    'RATE_LIMIT_WEBHOOKS',
    1000,
    "Requests per window per source IP to `webhooks` class routes (Stripe, Meta, Infobip). A provider posts a busy WhatsApp number's messages from few addresses: above ~15 messages a second, raise it.",
  ),
  ...perMinute(
    'LOGIN_MAX_FAILURES',
    5,
    'Failed logins per account from one client (IP) per LOGIN_FAILURE_WINDOW_SECONDS before that client gets 429 for the account; the owner signing in from elsewhere is not locked out.',
  ),
  ...envVar('LOGIN_FAILURE_WINDOW_SECONDS', envInt(60, 1), {
    description: 'Window of LOGIN_MAX_FAILURES; also the first lockout, doubled for each repeated lockout.',
    expected: 'seconds',
  }),
  ...envVar('LOGIN_BACKOFF_MAX_SECONDS', envInt(3600, 1), {
    description: 'Longest lockout of a client that keeps failing logins on an account (the backoff doubles up to it).',
    expected: 'seconds',
  }),
  ...perMinute(
    'LOGIN_ACCOUNT_MAX_FAILURES',
    100,
    'Ceiling: failed logins per account from all clients together per LOGIN_ACCOUNT_WINDOW_SECONDS before the account is locked for everyone (for the rest of that window).',
  ),
  ...envVar('LOGIN_ACCOUNT_WINDOW_SECONDS', envInt(900, 1), {
    description: 'Window of LOGIN_ACCOUNT_MAX_FAILURES.',
    expected: 'seconds',
  }),
  ...envVar('IDEMPOTENCY_TTL_HOURS', envInt(24, 1, 24 * 30), {
    description: 'How long an Idempotency-Key and its stored response are kept before the sweeper deletes them.',
    expected: 'hours, 1 to 720',
  }),
  ...envVar('IDEMPOTENCY_SWEEP_INTERVAL_MS', envInt(600_000, 1000), {
    description: 'How often the worker deletes expired idempotency records.',
    expected: 'milliseconds, at least 1000',
  }),
  ...envVar('HTTP_TRUST_PROXY', trustProxy, {
    description:
      'Trust X-Forwarded-* from proxies so the client IP is right behind a load balancer: false, true, a hop count, or proxy IPs/CIDRs.',
    expected: 'false | true | N | 10.0.0.0/8,127.0.0.1',
  }),
  ...envVar('HTTP_CORS_ORIGINS', envList([]), {
    description: 'Browser origins allowed to call the API (CORS). Empty: no cross-origin access.',
    expected: 'comma-separated origins',
    example: 'https://app.example.com,http://localhost:5173',
  }),
  ...envVar('HTTP_REQUEST_TIMEOUT_MS', envInt(30_000, 100), {
    description: 'Time to receive a whole request (headers and body); slower clients get 408.',
    expected: 'milliseconds, at least 100',
  }),
  ...envVar('HTTP_HANDLER_TIMEOUT_MS', envInt(30_000, 100), {
    description: 'Time a handler may take before the client gets 503 (the work is not cancelled).',
    expected: 'milliseconds, at least 100',
  }),
  ...envVar('HTTP_BODY_LIMIT_AUTH_BYTES', envInt(16_384, 1024), {
    description: 'Body limit of `auth` class routes (credentials are small).',
    expected: 'bytes, at least 1024',
  }),
  ...envVar('PAGE_SIZE_DEFAULT', envInt(50, 1, 1000), {
    description: 'Items per page of list endpoints when the client does not ask for a `limit`.',
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('PAGE_SIZE_MAX', envInt(200, 1, 1000), {
    description: 'Largest `limit` a list endpoint accepts.',
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('CURSOR_SECRET', z.string().min(32).optional(), {
    description:
      'Key that signs list cursors (HMAC-SHA256), so an edited cursor answers 400. Unset: derived from NEXOVA_SECRET_KEY; without that either, a random key per process (cursors then stop working after a restart and across replicas: set one of the two when running several API replicas).',
    expected: 'at least 32 characters',
    example: 'another-long-random-string-of-at-least-32-chars',
    secret: true,
  }),
};
