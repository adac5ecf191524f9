import { definePermissions } from '@nexova/http';

// What notification routes require. notifications:read is every member's own feed, read marks and
// preferences (never anyone else's): every role has it (migration 0043 gave it to existing roles).
export const notificationPermissions = definePermissions({
  'notifications:read': "See one's own notifications, mark them read, set one's own notification preferences.",
  'notifications:manage': 'Turn notification kinds on or off per channel (in-app, e-mail) for the whole workspace.',
});
