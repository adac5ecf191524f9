import { definePermissions } from '@nexova/http';

// What inventory's routes require; identity lists these when building roles.
export const inventoryPermissions = definePermissions({
  'stock:read': 'See stock levels, movements and reservations.',
  'stock:write': 'Adjust stock and set low-stock thresholds.',
  'stock:reserve': 'Reserve and release stock for orders.',
});
