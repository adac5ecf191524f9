import { definePermissions } from '@nexova/http';

// What audit routes require; only Owner and Admin (whose grant is `*`) hold it by default.
export const auditPermissions = definePermissions({
  'audit:read': 'Read the audit trail and verify its hash chain.',
});
