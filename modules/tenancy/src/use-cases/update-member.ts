import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, diffFields, NotFoundError, noteAudit, ValidationError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { memberUpdated, originOf } from '../contracts/events';
import { members, roles } from '../db/schema';
import type { AccessInvalidation } from '../domain/access-cache';
import { assertMayGrantRole, assertMayManageMember } from '../domain/grants';
import { assertNotLastOwner, lockMember } from '../domain/owners';

export type UpdateMemberInput = {
  userId: string;
  roleId?: string;
  status?: 'active' | 'suspended';
  /** The membership version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

// Changes a member's role and/or suspends or reactivates them. The last active Owner cannot be
// demoted or suspended (409); changing someone else's membership needs every permission of their
// current role (403 member_outranks_you; only an Owner changes an Owner's) — the rank rule of granting.
// Giving a role — a new one, or the same one back on reactivation — needs every permission of it
// (403): a member who may manage members cannot make themselves (or anyone) Admin.
export async function updateMember({
  ctx,
  input,
  access,
}: {
  ctx: AppContext;
  input: UpdateMemberInput;
  /** The app's cache of grants, emptied for the workspace once this commits. */
  access?: AccessInvalidation;
}): Promise<void> {
  const workspaceId = workspaceOf(ctx);
  await withTransaction(ctx, async (t) => {
    afterCommit(t, () => access?.forgetWorkspace(workspaceId)); // this process forgets cached grants at once
    const member = await lockMember(t, workspaceId, input.userId);
    if (!member) throw new NotFoundError('The member was not found.');
    assertExpectedVersion(member.version, input.expectedVersion, 'The membership');
    const [role] = await t.tx
      .select({ id: roles.id, systemKey: roles.systemKey, permissions: roles.permissions })
      .from(roles)
      .where(and(eq(roles.id, input.roleId ?? member.roleId), eq(roles.workspaceId, workspaceId)));
    if (!role) {
      throw new ValidationError('The role does not exist in this workspace.', [
        { pointer: '/role_id', in: 'body', message: 'is not a role of this workspace' },
      ]);
    }
    const newRole = role;
    const status = input.status ?? member.status;
    const roleChanges = newRole.id !== member.roleId;
    const reactivated = member.status !== 'active' && status === 'active';
    if (roleChanges || status !== member.status) await assertMayManageMember(t, workspaceId, member);
    if (roleChanges || reactivated) await assertMayGrantRole(t, workspaceId, newRole);
    const stopsBeingOwner = newRole.systemKey !== 'owner' || status !== 'active';
    if (member.systemKey === 'owner' && member.status === 'active' && stopsBeingOwner) {
      await assertNotLastOwner(t, workspaceId, member.userId);
    }
    await t.tx
      .update(members)
      .set({ roleId: newRole.id, status, version: member.version + 1, updatedAt: new Date() })
      .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, member.userId)));
    noteAudit(t, {
      target: { type: 'member', id: member.userId },
      changes: diffFields(member, { roleId: newRole.id, status }, ['roleId', 'status']),
    });
    await publish(t, memberUpdated, {
      aggregateId: member.userId,
      payload: { user_id: member.userId, role_id: newRole.id, status, ...originOf(t) },
    });
  });
}
