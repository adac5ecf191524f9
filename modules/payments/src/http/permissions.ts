import { definePermissions } from '@nexova/http';

// What payment routes require; identity lists these when building roles.
export const paymentPermissions = definePermissions({
  'payments:read': "See an order's payments, balance and receipts.",
  'payments:write': 'Register payments and attach receipts.',
  'payments:reverse': 'Void or refund payments.',
});
