import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { NotFoundError } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { invitationRevoked, originOf } from '../contracts/events';
import { invitations } from '../db/schema';

export type RevokeInvitationInput = { invitationId: string };

// Withdraws a pending invitation of the current workspace (its link stops working).
export async function revokeInvitation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RevokeInvitationInput;
}): Promise<void> {
  const workspaceId = workspaceOf(ctx);
  await withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.workspaceId, workspaceId),
          isNull(invitations.revokedAt),
          isNull(invitations.acceptedAt),
        ),
      )
      .returning({ id: invitations.id });
    if (!row) throw new NotFoundError('The invitation was not found.');
    await publish(t, invitationRevoked, { aggregateId: row.id, payload: { invitation_id: row.id, ...originOf(t) } });
  });
}
