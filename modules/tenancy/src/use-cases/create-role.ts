import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertCanGrant, callerGrants } from '@nexova/http';
import { ConflictError, diffFields, newId, noteAudit } from '@nexova/kernel';
import { originOf, roleChanged } from '../contracts/events';
import { roles } from '../db/schema';
import { isUniqueViolation } from '../domain/default-roles';
import { validGrants } from '../domain/grants';
import { type RoleView, toRoleView } from './list-roles';

export type CreateRoleInput = { name: string; description?: string; permissions: string[] };

// Adds a custom role to the current workspace; names are unique per workspace (409). Every grant
// must be declared (422) and held by the caller (403): nobody creates a role stronger than theirs.
export async function createRole({ ctx, input }: { ctx: AppContext; input: CreateRoleInput }): Promise<RoleView> {
  const workspaceId = workspaceOf(ctx);
  const permissions = validGrants(input.permissions);
  assertCanGrant(callerGrants(ctx), input.permissions, '/permissions', { indexed: true });
  try {
    return await withTransaction(ctx, async (t) => {
      const [row] = await t.tx
        .insert(roles)
        .values({
          id: newId(),
          workspaceId,
          name: input.name.trim(),
          description: input.description ?? '',
          permissions,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      noteAudit(t, {
        target: { type: 'role', id: row.id },
        changes: diffFields(null, row, ['name', 'description', 'permissions']),
      });
      await publish(t, roleChanged, {
        aggregateId: row.id,
        payload: { role_id: row.id, change: 'created', name: row.name, permissions, ...originOf(t) },
      });
      return toRoleView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`A role named "${input.name}" exists.`, { code: 'role_name_taken' });
    throw error;
  }
}
