import { type AppContext, afterCommit, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { revokeWorkspaceApiKeys } from '@nexova/identity';
import { assertExpectedVersion, ForbiddenError, NotFoundError } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { originOf, workspaceDeleted } from '../contracts/events';
import { members, roles, workspaces } from '../db/schema';
import type { AccessInvalidation } from '../domain/access-cache';

// Soft-deletes the current workspace; only an Owner may, whatever their role grants. Its members
// stop resolving it at once (membership checks skip deleted workspaces) and its API keys are
// revoked in the same transaction (key resolution also refuses a deleted workspace).
export async function deleteWorkspace({
  ctx,
  input = {},
  access,
}: {
  ctx: AppContext;
  /** The app's cache of grants, emptied for the workspace once this commits. */
  access?: AccessInvalidation;
  /** expectedVersion: the version the caller saw (If-Match): 412 when it changed since. */
  input?: { expectedVersion?: number };
}): Promise<void> {
  const workspaceId = workspaceOf(ctx);
  await withTransaction(ctx, async (t) => {
    afterCommit(t, () => access?.forgetWorkspace(workspaceId)); // this process forgets cached grants at once
    const userId = ctx.actor.type === 'user' ? ctx.actor.id : null;
    const [caller] = userId
      ? await t.tx
          .select({ systemKey: roles.systemKey })
          .from(members)
          .innerJoin(roles, eq(roles.id, members.roleId))
          .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, userId)))
      : [];
    if (caller?.systemKey !== 'owner') throw new ForbiddenError('Only an Owner can delete the workspace.');
    const live = and(eq(workspaces.id, workspaceId), isNull(workspaces.deletedAt));
    const [current] = await t.tx.select({ version: workspaces.version }).from(workspaces).where(live).for('update');
    if (!current) throw new NotFoundError('The workspace was not found.');
    assertExpectedVersion(current.version, input.expectedVersion, 'The workspace');
    await t.tx
      .update(workspaces)
      .set({ deletedAt: new Date(), version: current.version + 1 })
      .where(live);
    await revokeWorkspaceApiKeys({ ctx: t });
    await publish(t, workspaceDeleted, {
      aggregateId: workspaceId,
      payload: { workspace_id: workspaceId, ...originOf(t) },
    });
  });
}
