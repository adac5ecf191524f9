import { definePermissions } from '@nexova/http';

export const identityPermissions = definePermissions({
  'api_keys:read': 'See the workspace API keys (never the secret).',
  'api_keys:manage': 'Create and revoke workspace API keys.',
});
