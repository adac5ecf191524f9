import { type AppContext, withTransaction } from '@nexova/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { invitations, roles } from '../db/schema';
import { requireWorkspace } from '../domain/default-roles';

export type InvitationView = {
  id: string;
  email: string;
  roleId: string;
  roleName: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  createdAt: Date;
};

export const toInvitationView = (row: typeof invitations.$inferSelect, roleName: string): InvitationView => ({
  id: row.id,
  email: row.email,
  roleId: row.roleId,
  roleName,
  expiresAt: row.expiresAt,
  acceptedAt: row.acceptedAt,
  createdAt: row.createdAt,
});

// The workspace's invitations that were not withdrawn, newest first.
export async function listInvitations({ ctx }: { ctx: AppContext; input?: undefined }): Promise<InvitationView[]> {
  const workspaceId = requireWorkspace(ctx);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select({ invitation: invitations, roleName: roles.name })
      .from(invitations)
      .innerJoin(roles, eq(roles.id, invitations.roleId))
      .where(and(eq(invitations.workspaceId, workspaceId), isNull(invitations.revokedAt)))
      .orderBy(desc(invitations.createdAt));
    return rows.map((r) => toInvitationView(r.invitation, r.roleName));
  });
}
