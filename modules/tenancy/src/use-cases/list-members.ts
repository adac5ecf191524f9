import { type AppContext, epochMicros, keysetAfter, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, asc, eq } from 'drizzle-orm';
import { members, roles } from '../db/schema';

export type MemberView = {
  user_id: string;
  email: string;
  role_id: string;
  role_name: string;
  version: number;
  status: 'active' | 'suspended';
  joined_at: Date;
};

export type ListMembersInput = { limit: number; cursor?: string };

// The workspace's members with their roles, oldest first, a page at a time (keyset on joined_at, user_id).
export async function listMembers({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListMembersInput;
}): Promise<Page<MemberView>> {
  const workspaceId = workspaceOf(ctx);
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select({
        user_id: members.userId,
        email: members.email,
        role_id: members.roleId,
        role_name: roles.name,
        version: members.version,
        status: members.status,
        joined_at: members.createdAt,
        at: epochMicros(members.createdAt),
      })
      .from(members)
      .innerJoin(roles, eq(roles.id, members.roleId))
      .where(and(eq(members.workspaceId, workspaceId), keysetAfter(members.createdAt, members.userId, after)))
      .orderBy(asc(members.createdAt), asc(members.userId))
      .limit(input.limit + 1);
    const page = pageOf(rows, input.limit, (r) => [r.at, r.user_id]);
    return { items: page.items.map(({ at: _at, ...member }) => member), next_cursor: page.next_cursor };
  });
}
