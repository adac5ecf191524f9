import { definePermissions } from '@nexova/http';

// What the data-rights routes require beyond people:read / people:write (consents).
export const dataRightsPermissions = definePermissions({
  // Not under people:* (Staff holds that): an export hands over everything held about a person.
  'privacy:export': 'Export everything held about a person (LGPD/GDPR access and portability requests).',
});
