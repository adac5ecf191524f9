import { definePermissions } from '@nexova/http';

// What webhook routes require; identity lists these when building roles.
export const webhookPermissions = definePermissions({
  'webhooks:read': 'See webhook endpoints (never their secrets) and their delivery log.',
  'webhooks:manage': 'Create, edit, delete, ping and rotate the secret of webhook endpoints; redeliver deliveries.',
});
