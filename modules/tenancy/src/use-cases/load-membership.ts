import { type AppContext, withTransaction } from '@nexova/db';
import { and, eq, isNull } from 'drizzle-orm';
import { members, roles, workspaces } from '../db/schema';

export type LoadMembershipInput = { userId: string; workspaceId: string };

// The grants of a user's active membership in a live workspace, or null. Runs inside the asked
// workspace's RLS context, so it can never read another workspace's rows.
export async function loadMembership(
  ctx: AppContext,
  input: LoadMembershipInput,
): Promise<{ permissions: readonly string[]; roleId: string; systemKey: string | null } | null> {
  return withTransaction({ ...ctx, workspaceId: input.workspaceId }, async (t) => {
    const [row] = await t.tx
      .select({ permissions: roles.permissions, roleId: roles.id, systemKey: roles.systemKey })
      .from(members)
      .innerJoin(roles, eq(roles.id, members.roleId))
      .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
      .where(
        and(
          eq(members.workspaceId, input.workspaceId),
          eq(members.userId, input.userId),
          eq(members.status, 'active'),
          isNull(workspaces.deletedAt),
        ),
      );
    return row ?? null;
  });
}
