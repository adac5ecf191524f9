import { definePermissions } from '@nexova/http';

// What customer routes require; identity lists these when building roles.
export const customerPermissions = definePermissions({
  'customers:read': 'See customers, their notes and look them up by phone.',
  'customers:write': 'Create, edit, annotate and delete customers.',
  'customers:merge': 'Merge duplicate customers.',
});
