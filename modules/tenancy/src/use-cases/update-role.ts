import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertCanGrant, callerGrants } from '@nexova/http';
import {
  assertExpectedVersion,
  ConflictError,
  diffFields,
  NotFoundError,
  noteAudit,
  versionRaceLost,
} from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { originOf, roleChanged } from '../contracts/events';
import { roles } from '../db/schema';
import type { AccessInvalidation } from '../domain/access-cache';
import { isUniqueViolation } from '../domain/default-roles';
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
// Widening is granting: every grant the role did not already cover must be declared (422) and held
// by the caller (403) — also on the caller's own role. Narrowing needs no more than roles:manage.
// The write is conditioned on the version read: a concurrent change → 409/412, never overwritten.
export async function updateRole({
  ctx,
  input,
  access,
}: {
  ctx: AppContext;
  input: UpdateRoleInput;
  /** The app's cache of grants, emptied for the workspace once this commits. */
  access?: AccessInvalidation;
}): Promise<RoleView> {
  const workspaceId = workspaceOf(ctx);
  try {
    return await withTransaction(ctx, async (t) => {
      afterCommit(t, () => access?.forgetWorkspace(workspaceId)); // this process forgets cached grants at once
      const where = and(eq(roles.id, input.roleId), eq(roles.workspaceId, workspaceId));
      const [current] = await t.tx.select().from(roles).where(where);
      if (!current) throw new NotFoundError('The role was not found.');
      assertExpectedVersion(current.version, input.expectedVersion, 'The role');
      if (current.systemKey) throw new ConflictError('System roles cannot be edited.', { code: 'system_role' });
      const permissions = input.permissions
        ? validGrants(input.permissions, '/permissions', current.permissions)
        : undefined;
      // What the role already covers is not granted anew; anything wider must be the caller's.
      if (input.permissions) {
        assertCanGrant([...callerGrants(t), ...current.permissions], input.permissions, '/permissions', {
          indexed: true,
        });
      }
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
      noteAudit(t, {
        target: { type: 'role', id: row.id },
        changes: diffFields(current, row, ['name', 'description', 'permissions']),
      });
      await publish(t, roleChanged, {
        aggregateId: row.id,
        payload: { role_id: row.id, change: 'updated', name: row.name, permissions: row.permissions, ...originOf(t) },
      });
      return toRoleView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`A role named "${input.name}" exists.`, { code: 'role_name_taken' });
    throw error;
  }
}
