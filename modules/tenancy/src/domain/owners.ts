import type { TxContext } from '@nexova/db';
import { ConflictError, ForbiddenError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { members, roles, workspaces } from '../db/schema';

/**
 * A member row with its role's system key, locked for the rest of the transaction. The workspace
 * row is locked first (FOR NO KEY UPDATE: new members' foreign keys still pass), so membership
 * changes of one workspace queue behind each other instead of locking member rows in opposite
 * orders — two Owners suspending each other would otherwise deadlock (one gets a 500).
 */
export async function lockMember(t: TxContext, workspaceId: string, userId: string) {
  await t.tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId)).for('no key update');
  const [row] = await t.tx
    .select({ userId: members.userId, roleId: members.roleId, status: members.status, version: members.version })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, userId)))
    .for('update');
  if (!row) return null;
  const [role] = await t.tx.select({ systemKey: roles.systemKey }).from(roles).where(eq(roles.id, row.roleId));
  return { ...row, systemKey: role?.systemKey ?? null };
}

/**
 * Refuses a change that would leave the workspace without an active Owner. Locks every Owner
 * membership first, so two concurrent demotions of the last two Owners cannot both pass.
 */
export async function assertNotLastOwner(t: TxContext, workspaceId: string, leavingUserId: string): Promise<void> {
  const [ownerRole] = await t.tx
    .select({ id: roles.id })
    .from(roles)
    .where(and(eq(roles.workspaceId, workspaceId), eq(roles.systemKey, 'owner')));
  if (!ownerRole) return;
  const owners = await t.tx
    .select({ userId: members.userId, status: members.status })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.roleId, ownerRole.id)))
    .for('update');
  const remaining = owners.filter((o) => o.status === 'active' && o.userId !== leavingUserId);
  if (remaining.length === 0) {
    throw new ConflictError('The workspace needs at least one active Owner.', { code: 'last_owner' });
  }
}

/** Only an Owner may grant or take away the Owner role (an Admin cannot promote themselves). */
export async function assertCallerIsOwner(t: TxContext, workspaceId: string): Promise<void> {
  const userId = t.actor.type === 'user' ? t.actor.id : null;
  const caller = userId ? await lockMember(t, workspaceId, userId) : null;
  if (caller?.systemKey !== 'owner') {
    throw new ForbiddenError('Only an Owner can grant, change or remove ownership.', { code: 'owner_required' });
  }
}
