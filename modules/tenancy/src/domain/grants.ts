import type { TxContext } from '@nexova/db';
import { assertCanGrant, assertKnownGrants, callerGrants, grantsNotHeld, isGrant } from '@nexova/http';
import { ForbiddenError, ValidationError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { members, roles } from '../db/schema';
import { assertCallerIsOwner } from './owners';

/**
 * Refuses malformed grants (400) and grants naming no declared permission (422), naming the
 * offending entry; returns them de-duplicated. `kept`: grants the role already has, accepted as
 * they are (a default role may name permissions of a module this build does not have yet).
 */
export function validGrants(permissions: string[], pointer = '/permissions', kept: readonly string[] = []): string[] {
  permissions.forEach((p, i) => {
    if (!isGrant(p)) {
      throw new ValidationError('A permission is not valid.', [
        { pointer: `${pointer}/${i}`, in: 'body', message: 'must be resource:action, *, resource:* or *:action' },
      ]);
    }
  });
  assertKnownGrants(permissions, pointer, kept);
  return [...new Set(permissions)];
}

/**
 * Giving someone a role (changing a member's role, reactivating them, inviting them) is granting
 * every permission of it: the caller must hold them all (403), and only an Owner grants Owner.
 */
export async function assertMayGrantRole(
  t: TxContext,
  workspaceId: string,
  role: { systemKey: string | null; permissions: string[] },
  pointer = '/role_id',
): Promise<void> {
  if (role.systemKey === 'owner') return assertCallerIsOwner(t, workspaceId);
  assertCanGrant(callerGrants(t), role.permissions, pointer);
}

/**
 * Whether the member who sent an invitation could still grant its role now (active, and holding
 * every permission of it — Owner for the Owner role). Accepting re-checks it: an invitation must
 * not outlive its sender's right to give that role.
 */
export async function inviterStillGrants(
  t: TxContext,
  workspaceId: string,
  inviterId: string,
  role: { systemKey: string | null; permissions: string[] },
): Promise<boolean> {
  const [inviter] = await t.tx
    .select({ status: members.status, systemKey: roles.systemKey, permissions: roles.permissions })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, inviterId)));
  if (inviter?.status !== 'active') return false;
  if (role.systemKey === 'owner') return inviter.systemKey === 'owner';
  return grantsNotHeld(inviter.permissions, role.permissions).length === 0;
}

/**
 * Taking a role away — removing a member, changing their role, suspending them — follows the rule
 * that gives one: the caller must hold every permission of the member's current role (403
 * `member_outranks_you`), so a member who manages members cannot remove or demote an Admin; an
 * Owner's membership is only an Owner's to change. Acting on oneself (leaving, stepping down) needs
 * nothing more; the last active Owner is guarded apart (assertNotLastOwner).
 */
export async function assertMayManageMember(
  t: TxContext,
  workspaceId: string,
  member: { userId: string; roleId: string; systemKey: string | null },
): Promise<void> {
  if (t.actor.type === 'user' && t.actor.id === member.userId) return;
  if (member.systemKey === 'owner') return assertCallerIsOwner(t, workspaceId);
  const [role] = await t.tx
    .select({ permissions: roles.permissions })
    .from(roles)
    .where(and(eq(roles.workspaceId, workspaceId), eq(roles.id, member.roleId)));
  const missing = grantsNotHeld(callerGrants(t), role?.permissions ?? []);
  if (missing.length === 0) return;
  throw new ForbiddenError(
    `This member's role grants ${missing.join(', ')}, which you do not hold: you cannot remove, suspend or change the role of a member who outranks you.`,
    { code: 'member_outranks_you', extensions: { not_held: missing } },
  );
}
