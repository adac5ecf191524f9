import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, diffFields, NotFoundError, noteAudit } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { memberRemoved, originOf } from '../contracts/events';
import { members } from '../db/schema';
import type { AccessInvalidation } from '../domain/access-cache';
import { assertMayManageMember } from '../domain/grants';
import { assertNotLastOwner, lockMember } from '../domain/owners';

export type RemoveMemberInput = {
  userId: string;
  /** The membership version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

// Removes a member from the current workspace (or the caller leaves it). Removing someone else
// needs every permission of their role (403 member_outranks_you; only an Owner removes an Owner);
// the last active Owner cannot be removed (409).
export async function removeMember({
  ctx,
  input,
  access,
}: {
  ctx: AppContext;
  input: RemoveMemberInput;
  /** The app's cache of grants, emptied for the workspace once this commits. */
  access?: AccessInvalidation;
}): Promise<void> {
  const workspaceId = workspaceOf(ctx);
  await withTransaction(ctx, async (t) => {
    afterCommit(t, () => access?.forgetWorkspace(workspaceId)); // this process forgets cached grants at once
    const member = await lockMember(t, workspaceId, input.userId);
    if (!member) throw new NotFoundError('The member was not found.');
    assertExpectedVersion(member.version, input.expectedVersion, 'The membership');
    await assertMayManageMember(t, workspaceId, member);
    if (member.systemKey === 'owner') await assertNotLastOwner(t, workspaceId, member.userId);
    await t.tx.delete(members).where(and(eq(members.workspaceId, workspaceId), eq(members.userId, member.userId)));
    noteAudit(t, {
      target: { type: 'member', id: member.userId },
      changes: diffFields(member, null, ['roleId', 'status']),
    });
    await publish(t, memberRemoved, {
      aggregateId: member.userId,
      payload: { user_id: member.userId, ...originOf(t) },
    });
  });
}
