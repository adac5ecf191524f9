import { type AppContext, withTransaction } from '@nexova/db';
import { asc, eq } from 'drizzle-orm';
import { members, roles } from '../db/schema';
import { requireWorkspace } from '../domain/default-roles';

export type MemberView = {
  userId: string;
  email: string;
  roleId: string;
  roleName: string;
  version: number;
  status: 'active' | 'suspended';
  joinedAt: Date;
};

// The workspace's members with their roles, oldest first.
export async function listMembers({ ctx }: { ctx: AppContext; input?: undefined }): Promise<MemberView[]> {
  const workspaceId = requireWorkspace(ctx);
  return withTransaction(ctx, (t) =>
    t.tx
      .select({
        userId: members.userId,
        email: members.email,
        roleId: members.roleId,
        roleName: roles.name,
        version: members.version,
        status: members.status,
        joinedAt: members.createdAt,
      })
      .from(members)
      .innerJoin(roles, eq(roles.id, members.roleId))
      .where(eq(members.workspaceId, workspaceId))
      .orderBy(asc(members.createdAt)),
  );
}
