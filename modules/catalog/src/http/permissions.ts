import { definePermissions } from '@nexova/http';

// What catalog routes require; identity lists these when building roles.
export const catalogPermissions = definePermissions({
  'products:read': 'See products, variants, categories and import jobs.',
  'products:write': 'Create, edit and delete products, variants and categories.',
  'products:import': 'Import products from CSV or XLSX files.',
});
