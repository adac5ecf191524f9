import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { roles } from '../db/schema';
import { type RoleView, toRoleView } from './list-roles';

export type GetRoleInput = { roleId: string };

// One role of the current workspace; a role of another workspace is 404 like one that does not exist.
export async function getRole({ ctx, input }: { ctx: AppContext; input: GetRoleInput }): Promise<RoleView> {
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(roles)
      .where(and(eq(roles.id, input.roleId), eq(roles.workspaceId, workspaceId)));
    if (!row) throw new NotFoundError('The role was not found.');
    return toRoleView(row);
  });
}
