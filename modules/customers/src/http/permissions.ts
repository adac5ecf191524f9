import { definePermissions } from '@nexova/http';

// What customer and people-directory routes require; identity lists these when building roles.
export const customerPermissions = definePermissions({
  'customers:read': 'See customers, their notes and look them up by phone.',
  'customers:write': 'Create, edit, annotate and delete customers.',
  'customers:merge': 'Merge duplicate customers.',
  // The people directory (/people): what belongs to the human, whichever role they play here.
  'people:read': 'See people’s identity documents and look people up by document.',
  'people:write': 'Add and remove people’s identity documents.',
  // Not under people:* (Staff holds that): erasing a person cannot be undone. Owner and Admin hold it.
  'privacy:erase': 'Erase a person’s personal data for good (crypto-shredding; LGPD/GDPR erasure requests).',
});
