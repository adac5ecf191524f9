import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { grantsCovering } from '@nexova/http';
import { and, arrayOverlaps, asc, eq, inArray } from 'drizzle-orm';
import { members, roles } from '../db/schema';

export type MemberRecipient = { user_id: string; email: string };

export type ListMembersWithPermissionInput = { permission: string; limit: number };

// The active members of the current workspace whose role grants `permission` (wildcards count:
// `*`, `orders:*`, `*:read`), oldest first, at most `limit`: whom another module may tell about
// something that permission lets them see (notifications). Joins the caller's transaction.
export async function listMembersWithPermission({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListMembersWithPermissionInput;
}): Promise<MemberRecipient[]> {
  const workspaceId = workspaceOf(ctx);
  // One statement: the roles granting it (their grants meet the permission's covering forms) as a
  // subquery of the members' read.
  return withTransaction(ctx, async (t) => {
    const granting = t.tx
      .select({ id: roles.id })
      .from(roles)
      .where(
        and(eq(roles.workspaceId, workspaceId), arrayOverlaps(roles.permissions, grantsCovering(input.permission))),
      );
    return t.tx
      .select({ user_id: members.userId, email: members.email })
      .from(members)
      .where(and(eq(members.workspaceId, workspaceId), eq(members.status, 'active'), inArray(members.roleId, granting)))
      .orderBy(asc(members.createdAt), asc(members.userId))
      .limit(input.limit);
  });
}
