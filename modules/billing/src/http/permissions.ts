import { definePermissions } from '@nexova/http';

// What billing routes require (the built-in Staff role holds invoices:read and invoices:write).
export const billingPermissions = definePermissions({
  'invoices:read': "See invoices, their payments and a patient's balance.",
  'invoices:write': 'Create and edit draft invoices, issue them, register their payments, set the tax rate.',
  'invoices:void': 'Void issued invoices and reverse their payments.',
});
