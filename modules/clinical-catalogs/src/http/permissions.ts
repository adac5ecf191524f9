import { definePermissions } from '@nexova/http';

// What clinical catalog routes require; roles grant them (Viewer's `*:read` includes the first).
export const clinicalCatalogPermissions = definePermissions({
  'clinical_catalogs:read':
    'See the clinical catalogs as the workspace has them (global entries, overrides, own entries).',
  'clinical_catalogs:write':
    "Override global entries (hide, alias, price, duration, preparation notes) and manage the workspace's own entries.",
});
