import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { invitations, roles } from '../db/schema';
import { type InvitationView, toInvitationView } from './list-invitations';

export type GetInvitationInput = { invitationId: string };

// One invitation of the current workspace that was not withdrawn; anything else is 404.
export async function getInvitation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetInvitationInput;
}): Promise<InvitationView> {
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select({ invitation: invitations, roleName: roles.name })
      .from(invitations)
      .innerJoin(roles, eq(roles.id, invitations.roleId))
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.workspaceId, workspaceId),
          isNull(invitations.revokedAt),
        ),
      );
    if (!row) throw new NotFoundError('The invitation was not found.');
    return toInvitationView(row.invitation, row.roleName);
  });
}
