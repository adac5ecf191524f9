import { type AppContext, epochMicros, keysetAfter, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, asc, eq } from 'drizzle-orm';
import { roles } from '../db/schema';

export type RoleView = {
  id: string;
  name: string;
  description: string;
  permissions: string[];
  system: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
};

export const toRoleView = (row: typeof roles.$inferSelect): RoleView => ({
  id: row.id,
  name: row.name,
  description: row.description,
  permissions: row.permissions,
  system: row.systemKey !== null,
  version: row.version,
  created_at: row.createdAt,
  updated_at: row.updatedAt,
});

export type ListRolesInput = { limit: number; cursor?: string };

// The workspace's roles by creation, a page at a time (keyset on created_at, id): the default
// roles come first, Owner and Admin leading (created together, in that order).
export async function listRoles({ ctx, input }: { ctx: AppContext; input: ListRolesInput }): Promise<Page<RoleView>> {
  const workspaceId = workspaceOf(ctx);
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select({ role: roles, at: epochMicros(roles.createdAt) })
      .from(roles)
      .where(and(eq(roles.workspaceId, workspaceId), keysetAfter(roles.createdAt, roles.id, after)))
      .orderBy(asc(roles.createdAt), asc(roles.id))
      .limit(input.limit + 1);
    const page = pageOf(rows, input.limit, (r) => [r.at, r.role.id]);
    return { items: page.items.map((r) => toRoleView(r.role)), next_cursor: page.next_cursor };
  });
}
