import { type AppContext, epochMicros, keysetAfter, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { invitations, roles } from '../db/schema';

export type InvitationView = {
  id: string;
  email: string;
  role_id: string;
  role_name: string;
  expires_at: Date;
  accepted_at: Date | null;
  created_at: Date;
};

export const toInvitationView = (row: typeof invitations.$inferSelect, roleName: string): InvitationView => ({
  id: row.id,
  email: row.email,
  role_id: row.roleId,
  role_name: roleName,
  expires_at: row.expiresAt,
  accepted_at: row.acceptedAt,
  created_at: row.createdAt,
});

export type ListInvitationsInput = { limit: number; cursor?: string };

// The workspace's invitations that were not withdrawn, newest first, a page at a time (keyset on created_at, id).
export async function listInvitations({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListInvitationsInput;
}): Promise<Page<InvitationView>> {
  const workspaceId = workspaceOf(ctx);
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select({ invitation: invitations, roleName: roles.name, at: epochMicros(invitations.createdAt) })
      .from(invitations)
      .innerJoin(roles, eq(roles.id, invitations.roleId))
      .where(
        and(
          eq(invitations.workspaceId, workspaceId),
          isNull(invitations.revokedAt),
          keysetAfter(invitations.createdAt, invitations.id, after, 'desc'),
        ),
      )
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(input.limit + 1);
    const page = pageOf(rows, input.limit, (r) => [r.at, r.invitation.id]);
    return {
      items: page.items.map((r) => toInvitationView(r.invitation, r.roleName)),
      next_cursor: page.next_cursor,
    };
  });
}
