import { definePermissions } from '@nexova/http';

export const tenancyPermissions = definePermissions({
  'workspace:read': 'See the workspace and its settings.',
  'workspace:update': 'Rename the workspace and change its settings and modules.',
  'workspace:delete': 'Delete the workspace (Owners only, whatever the role grants).',
  'members:read': 'See members and pending invitations.',
  'members:manage': 'Invite, suspend and remove members and change their roles.',
  'roles:read': 'See roles and their permissions.',
  'roles:manage': 'Create, edit and delete custom roles.',
});
