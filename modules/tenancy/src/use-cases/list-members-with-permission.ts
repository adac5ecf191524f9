import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { hasPermission } from '@nexova/http';
import { and, asc, eq, inArray } from 'drizzle-orm';
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
  return withTransaction(ctx, async (t) => {
    const all = await t.tx
      .select({ id: roles.id, permissions: roles.permissions })
      .from(roles)
      .where(eq(roles.workspaceId, workspaceId));
    const granting = all.filter((r) => hasPermission(r.permissions, input.permission)).map((r) => r.id);
    if (granting.length === 0) return [];
    return t.tx
      .select({ user_id: members.userId, email: members.email })
      .from(members)
      .where(and(eq(members.workspaceId, workspaceId), eq(members.status, 'active'), inArray(members.roleId, granting)))
      .orderBy(asc(members.createdAt), asc(members.userId))
      .limit(input.limit);
  });
}
