// @nexova/tenancy — workspaces, members, invitations, roles and permissions. The only door into the module.
export * from './contracts/events';
export type { WorkspaceSettings } from './db/schema';
export { AccessCache, type AccessInvalidation } from './domain/access-cache';
export {
  ACCESS_CHANNEL,
  listenForAccessChanges,
  listenForCacheChanges,
  type NotifiedCache,
} from './domain/access-notifications';
export { DEFAULT_ROLES } from './domain/default-roles';
export { tenancyModule } from './module';
export { tenancyPermissions } from './permissions';
export { DEMO_ADMIN_EMAIL, DEMO_WORKSPACE_SLUG, type DemoSeed, seedDemo } from './seed';
export { acceptInvitation } from './use-cases/accept-invitation';
export { createRole } from './use-cases/create-role';
export { createWorkspace } from './use-cases/create-workspace';
export { deleteRole } from './use-cases/delete-role';
export { deleteWorkspace } from './use-cases/delete-workspace';
export { getInvitation } from './use-cases/get-invitation';
export { getMember } from './use-cases/get-member';
export { getRole } from './use-cases/get-role';
export { getWorkspace, type WorkspaceView } from './use-cases/get-workspace';
export { type BusinessSettings, getWorkspaceSettings } from './use-cases/get-workspace-settings';
export { inviteMember } from './use-cases/invite-member';
export { listInvitations } from './use-cases/list-invitations';
export { listMembers } from './use-cases/list-members';
export {
  type ListMembersWithPermissionInput,
  listMembersWithPermission,
  type MemberRecipient,
} from './use-cases/list-members-with-permission';
export { listMyWorkspaces } from './use-cases/list-my-workspaces';
export { listRoles } from './use-cases/list-roles';
export { loadKeyOwnerGrants } from './use-cases/load-key-owner-grants';
export { loadMembership } from './use-cases/load-membership';
export { type InvitationPreview, previewInvitation } from './use-cases/preview-invitation';
export { removeMember } from './use-cases/remove-member';
export { revokeInvitation } from './use-cases/revoke-invitation';
export { updateMember } from './use-cases/update-member';
export { updateRole } from './use-cases/update-role';
export { updateWorkspace } from './use-cases/update-workspace';
