import { definePermissions } from '@nexova/http';

// What patient routes require (the built-in Staff role holds patients:*).
export const clinicPermissions = definePermissions({
  'patients:read': 'See patients, their clinical profile, notes and attachments.',
  'patients:write': 'Open and edit patient records, add notes and attachments.',
});
