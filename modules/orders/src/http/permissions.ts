import { definePermissions } from '@nexova/http';

// What order routes require; identity lists these when building roles.
export const orderPermissions = definePermissions({
  'orders:read': 'See orders, their lines and status history.',
  'orders:write': 'Create orders and edit drafts.',
  'orders:transition': 'Confirm, cancel, ship and deliver orders.',
});
