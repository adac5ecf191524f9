import { type AppContext, queryable, queryRows, withTransaction } from '@nexova/db';
import { hashSecret, userIdByEmail } from '@nexova/identity';
import { NotFoundError } from '@nexova/kernel';
import { eq, sql } from 'drizzle-orm';
import { invitations, roles, workspaces } from '../db/schema';

export type PreviewInvitationInput = { token: string };

export type InvitationPreview = {
  email: string;
  workspace_name: string;
  role_name: string;
  locale: string;
  /** Whether the invited email already has an account (sign in) or must create one. */
  has_account: boolean;
};

// What the holder of an invitation token may see before accepting it: the workspace, the role and
// the email it was sent to. A used, withdrawn or expired invitation (or a deleted workspace) is 404.
export async function previewInvitation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: PreviewInvitationInput;
}): Promise<InvitationPreview> {
  const notFound = new NotFoundError('The invitation is invalid, used, withdrawn or expired.');
  const [found] = await queryRows<{ id: string; workspace_id: string }>(
    queryable(ctx),
    sql`select id, workspace_id from tenancy.find_invitation(${hashSecret(input.token)})`,
  );
  if (!found) throw notFound;
  const preview = await withTransaction({ ...ctx, workspaceId: found.workspace_id }, async (t) => {
    const [row] = await t.tx
      .select({ invitation: invitations, roleName: roles.name, workspace: workspaces })
      .from(invitations)
      .innerJoin(roles, eq(roles.id, invitations.roleId))
      .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
      .where(eq(invitations.id, found.id));
    if (!row) return null;
    const { invitation, workspace } = row;
    if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) return null;
    if (workspace.deletedAt) return null;
    return {
      email: invitation.email,
      workspace_name: workspace.name,
      role_name: row.roleName,
      locale: workspace.settings.locale,
    };
  });
  if (!preview) throw notFound;
  const userId = await userIdByEmail({ ctx, input: { email: preview.email } });
  return { ...preview, has_account: userId !== null };
}
