import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError, NotFoundError, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { originOf, roleChanged } from '../contracts/events';
import { roles } from '../db/schema';
import { isUniqueViolation, requireWorkspace } from '../domain/default-roles';
import { validGrants } from '../domain/grants';
import { type RoleView, toRoleView } from './list-roles';

export type UpdateRoleInput = {
  roleId: string;
  name?: string;
  description?: string;
  permissions?: string[];
  /** The version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

// Edits a role of the current workspace; Owner and Admin are system roles and refuse edits (409).
// The write is conditioned on the version read: a concurrent change → 409/412, never overwritten.
export async function updateRole({ ctx, input }: { ctx: AppContext; input: UpdateRoleInput }): Promise<RoleView> {
  const workspaceId = requireWorkspace(ctx);
  const permissions = input.permissions ? validGrants(input.permissions) : undefined;
  try {
    return await withTransaction(ctx, async (t) => {
      const where = and(eq(roles.id, input.roleId), eq(roles.workspaceId, workspaceId));
      const [current] = await t.tx.select().from(roles).where(where);
      if (!current) throw new NotFoundError('The role was not found.');
      assertExpectedVersion(current.version, input.expectedVersion, 'The role');
      if (current.systemKey) throw new ConflictError('System roles cannot be edited.', { code: 'system_role' });
      const [row] = await t.tx
        .update(roles)
        .set({
          ...(input.name !== undefined ? { name: input.name.trim() } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(permissions ? { permissions } : {}),
          version: current.version + 1,
          updatedAt: new Date(),
        })
        .where(and(where, eq(roles.version, current.version)))
        .returning();
      if (!row) versionRaceLost(current.version, input.expectedVersion, 'The role');
      await publish(t, roleChanged, {
        aggregateId: row.id,
        payload: { roleId: row.id, change: 'updated', name: row.name, permissions: row.permissions, ...originOf(t) },
      });
      return toRoleView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`A role named "${input.name}" exists.`, { code: 'role_name_taken' });
    throw error;
  }
}
