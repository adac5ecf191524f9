import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError, diffFields, NotFoundError, noteAudit } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { originOf, roleChanged } from '../contracts/events';
import { invitations, members, roles } from '../db/schema';

export type DeleteRoleInput = {
  roleId: string;
  /** The version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

// Deletes a role of the current workspace; system roles and roles still held or invited to are 409.
export async function deleteRole({ ctx, input }: { ctx: AppContext; input: DeleteRoleInput }): Promise<void> {
  const workspaceId = workspaceOf(ctx);
  await withTransaction(ctx, async (t) => {
    const where = and(eq(roles.id, input.roleId), eq(roles.workspaceId, workspaceId));
    const [role] = await t.tx.select().from(roles).where(where).for('update');
    if (!role) throw new NotFoundError('The role was not found.');
    assertExpectedVersion(role.version, input.expectedVersion, 'The role');
    if (role.systemKey) throw new ConflictError('System roles cannot be deleted.', { code: 'system_role' });
    const [holder] = await t.tx
      .select({ userId: members.userId })
      .from(members)
      .where(eq(members.roleId, role.id))
      .limit(1);
    const [invited] = await t.tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(eq(invitations.roleId, role.id))
      .limit(1);
    if (holder || invited) {
      throw new ConflictError('Members or invitations still use this role; move them first.', { code: 'role_in_use' });
    }
    await t.tx.delete(roles).where(where);
    noteAudit(t, { target: { type: 'role', id: role.id }, changes: diffFields(role, null, ['name', 'permissions']) });
    await publish(t, roleChanged, {
      aggregateId: role.id,
      payload: { role_id: role.id, change: 'deleted', name: role.name, permissions: role.permissions, ...originOf(t) },
    });
  });
}
