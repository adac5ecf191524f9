import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { members, roles } from '../db/schema';
import type { MemberView } from './list-members';

export type GetMemberInput = { userId: string };

// One member of the current workspace with their role; anyone else is 404.
export async function getMember({ ctx, input }: { ctx: AppContext; input: GetMemberInput }): Promise<MemberView> {
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select({
        user_id: members.userId,
        email: members.email,
        role_id: members.roleId,
        role_name: roles.name,
        version: members.version,
        status: members.status,
        joined_at: members.createdAt,
      })
      .from(members)
      .innerJoin(roles, eq(roles.id, members.roleId))
      .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, input.userId)));
    if (!row) throw new NotFoundError('The member was not found.');
    return row;
  });
}
