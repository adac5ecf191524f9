import { definePermissions } from '@nexova/http';

// What audit routes require; only Owner and Admin (whose grant is `*`) hold them by default.
export const auditPermissions = definePermissions({
  'audit:read': 'Read the audit trail and verify its hash chain.',
  'audit:export': 'Export the audit trail to a file (CSV or JSON) and download it.',
  'retention:write': 'Set how long the workspace keeps its audit trail.',
});
