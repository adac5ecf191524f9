import { type AppContext, queryable, queryRows, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { getUser, hashSecret } from '@nexova/identity';
import { ForbiddenError, NotFoundError } from '@nexova/kernel';
import { eq, sql } from 'drizzle-orm';
import { memberJoined, originOf } from '../contracts/events';
import { invitations, members, roles, workspaces } from '../db/schema';
import { inviterStillGrants } from '../domain/grants';

export type AcceptInvitationInput = { token: string };

const notFound = () => new NotFoundError('The invitation is invalid, used, withdrawn or expired.');

// The signed-in user joins a workspace with an invitation sent to their email. The workspace is
// unknown until the token is read, so the invitation is found through the SECURITY DEFINER
// function tenancy.find_invitation (hash in, id + workspace out) and then handled under its RLS.
// The sender must still be able to grant the role (active, holding all of it): 403 otherwise.
export async function acceptInvitation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: AcceptInvitationInput;
}): Promise<{ workspace_id: string; role_id: string }> {
  const userId = ctx.actor.type === 'user' ? ctx.actor.id : null;
  if (!userId) throw new ForbiddenError('Sign in as the invited user to accept.');
  const [found] = await queryRows<{ id: string; workspace_id: string }>(
    queryable(ctx),
    sql`select id, workspace_id from tenancy.find_invitation(${hashSecret(input.token)})`,
  );
  if (!found) throw notFound();
  const user = await getUser({ ctx, input: { userId } });
  return withTransaction({ ...ctx, workspaceId: found.workspace_id }, async (t) => {
    const [row] = await t.tx.select().from(invitations).where(eq(invitations.id, found.id)).for('update');
    if (!row || row.acceptedAt || row.revokedAt || row.expiresAt.getTime() <= Date.now()) throw notFound();
    const [workspace] = await t.tx.select().from(workspaces).where(eq(workspaces.id, row.workspaceId));
    if (!workspace || workspace.deletedAt) throw notFound();
    if (row.email !== user.email) throw new ForbiddenError('This invitation was sent to another email address.');
    const [role] = await t.tx.select().from(roles).where(eq(roles.id, row.roleId));
    if (!role) throw notFound();
    if (row.invitedBy && !(await inviterStillGrants(t, row.workspaceId, row.invitedBy, role))) {
      throw new ForbiddenError('Whoever invited you can no longer grant this role; ask for a new invitation.', {
        code: 'invitation_not_grantable',
      });
    }
    await t.tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, row.id));
    const joined = await t.tx
      .insert(members)
      .values({ workspaceId: row.workspaceId, userId, roleId: row.roleId, email: user.email })
      .onConflictDoNothing()
      .returning({ userId: members.userId });
    if (joined.length > 0) {
      await publish(t, memberJoined, {
        aggregateId: userId,
        payload: { user_id: userId, role_id: row.roleId, invitation_id: row.id, ...originOf(t) },
      });
    }
    return { workspace_id: row.workspaceId, role_id: row.roleId };
  });
}
