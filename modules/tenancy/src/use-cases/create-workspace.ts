import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { getUser } from '@nexova/identity';
import { ConflictError, newId, UnauthorizedError } from '@nexova/kernel';
import { memberJoined, originOf, workspaceCreated } from '../contracts/events';
import { members, roles, type WorkspaceSettings, workspaces } from '../db/schema';
import { DEFAULT_ROLES, isUniqueViolation } from '../domain/default-roles';
import { toWorkspaceView, type WorkspaceView } from './get-workspace';

export type CreateWorkspaceInput = { name: string; slug: string; settings: WorkspaceSettings };

// Creates a workspace with its default roles and makes the calling user its Owner. A taken slug is 409.
export async function createWorkspace({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CreateWorkspaceInput;
}): Promise<WorkspaceView> {
  const userId = ctx.actor.type === 'user' ? ctx.actor.id : null;
  if (!userId) throw new UnauthorizedError('Only a signed-in user can create a workspace.');
  const user = await getUser({ ctx, input: { userId } });
  const workspaceId = newId();
  try {
    return await withTransaction({ ...ctx, workspaceId }, async (t) => {
      const [row] = await t.tx
        .insert(workspaces)
        .values({ id: workspaceId, name: input.name.trim(), slug: input.slug, settings: input.settings })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      const roleRows = await t.tx
        .insert(roles)
        .values(DEFAULT_ROLES.map((r) => ({ ...r, id: newId(), workspaceId, isDefault: true })))
        .returning();
      const owner = roleRows.find((r) => r.systemKey === 'owner');
      if (!owner) throw new Error('owner role missing');
      await t.tx.insert(members).values({ workspaceId, userId, roleId: owner.id, email: user.email });
      await publish(t, workspaceCreated, {
        aggregateId: workspaceId,
        payload: { workspaceId, name: row.name, slug: row.slug, settings: row.settings, ...originOf(t) },
      });
      await publish(t, memberJoined, {
        aggregateId: userId,
        payload: { userId, roleId: owner.id, invitationId: null, ...originOf(t) },
      });
      return toWorkspaceView(row, owner.name);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(`The slug "${input.slug}" is taken.`, { code: 'slug_taken' });
    }
    throw error;
  }
}
