import { type AppContext, withTransaction } from '@nexova/db';
import { asc, eq } from 'drizzle-orm';
import { roles } from '../db/schema';
import { requireWorkspace } from '../domain/default-roles';

export type RoleView = {
  id: string;
  name: string;
  description: string;
  permissions: string[];
  system: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export const toRoleView = (row: typeof roles.$inferSelect): RoleView => ({
  id: row.id,
  name: row.name,
  description: row.description,
  permissions: row.permissions,
  system: row.systemKey !== null,
  version: row.version,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

// The workspace's roles: system roles first, then by creation.
export async function listRoles({ ctx }: { ctx: AppContext; input?: undefined }): Promise<RoleView[]> {
  const workspaceId = requireWorkspace(ctx);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(roles)
      .where(eq(roles.workspaceId, workspaceId))
      .orderBy(asc(roles.createdAt));
    return rows.map(toRoleView).sort((a, b) => Number(b.system) - Number(a.system));
  });
}
