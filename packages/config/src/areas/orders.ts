import { envInt, envVar } from '../env-var';

// Orders, payments and receipts (issue 6).
export const ordersEnv = {
  ...envVar('ORDER_MAX_LINES', envInt(100, 1, 1000), {
    description: 'Most lines (distinct variants) one order may hold.',
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('ORDER_STOCK_HOLD_SECONDS', envInt(604_800, 60, 31_536_000), {
    description:
      'How long the stock reserved when an order is confirmed stays held before it expires (until the checkout saga takes over).',
    expected: 'seconds, an integer from 60 to 31536000',
  }),
  ...envVar('ORDER_PAGE_MAX', envInt(100, 1, 1000), {
    description: 'Largest page size the order list accepts.',
    expected: 'an integer from 1 to 1000',
  }),
  ...envVar('RECEIPT_MAX_BYTES', envInt(10 * 1024 * 1024, 1024, 100 * 1024 * 1024), {
    description: 'Largest payment receipt (JPEG, PNG, WebP or PDF) POST /payments/:id/attachments accepts (413 above).',
    expected: 'bytes, an integer from 1024 to 104857600',
  }),
  ...envVar('SIGNED_URL_TTL_SECONDS', envInt(900, 10, 604_800), {
    description: 'How long a signed file URL (GET /files/…) stays valid.',
    expected: 'seconds, an integer from 10 to 604800',
  }),
};
