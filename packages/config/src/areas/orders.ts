import { envInt, envVar } from '../env-var';

// Orders, payments and receipts (issue 6).
export const ordersEnv = {
  ...envVar('ORDER_MAX_LINES', envInt(100, 1, 1000), {
    description: 'Most lines (distinct variants) one order may hold.',
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('CHECKOUT_PAYMENT_TIMEOUT_SECONDS', envInt(3600, 1, 2_592_000), {
    description:
      'How long a confirmed order waits for its payment before the checkout saga cancels it and releases its stock.',
    expected: 'seconds, an integer from 1 to 2592000',
  }),
  ...envVar('CHECKOUT_HOLD_GRACE_SECONDS', envInt(300, 0, 86_400), {
    description:
      "Extra time the checkout's stock reservation outlives the payment timeout, so the saga (not the reservation's own expiry timer) decides.",
    expected: 'seconds, an integer from 0 to 86400',
  }),
  ...envVar('CHECKOUT_WAIT_MAX_SECONDS', envInt(30, 0, 300), {
    description:
      'Longest long-poll GET /orders/{order_id}/checkout?wait= accepts (400 naming `wait` above); the route may run this long plus a margin even when HTTP_HANDLER_TIMEOUT_MS is shorter.',
    expected: 'seconds, an integer from 0 to 300',
  }),
  ...envVar('CHECKOUT_WAIT_MAX_WAITERS', envInt(1000, 1, 100_000), {
    description:
      'Most checkout long-polls one process keeps waiting at once; one more answers 503 `checkout_wait_busy` with Retry-After: 1.',
    expected: 'an integer from 1 to 100000',
  }),
  ...envVar('CHECKOUT_WAIT_RECHECK_MS', envInt(2000, 100, 60_000), {
    description:
      'A waiting checkout long-poll re-reads the checkout at least this often, besides waking on every commit of events (fallback for a missed wake-up).',
    expected: 'milliseconds, an integer from 100 to 60000',
  }),
  ...envVar('RECEIPT_MAX_BYTES', envInt(10 * 1024 * 1024, 1024, 100 * 1024 * 1024), {
    description:
      'Largest payment receipt (JPEG, PNG, WebP or PDF) POST /payments/{payment_id}/attachments accepts (413 above).',
    expected: 'bytes, an integer from 1024 to 104857600',
  }),
  ...envVar('SIGNED_URL_TTL_SECONDS', envInt(900, 10, 604_800), {
    description: 'How long a signed file URL (GET /files/…) stays valid.',
    expected: 'seconds, an integer from 10 to 604800',
  }),
};
