import { type AppContext, type TxContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { getUser } from '@nexova/identity';
import { ConflictError, newId, UnauthorizedError } from '@nexova/kernel';
import { memberJoined, originOf, workspaceCreated } from '../contracts/events';
import { members, roles, type WorkspaceSettings, workspaces } from '../db/schema';
import { DEFAULT_ROLES, isUniqueViolation } from '../domain/default-roles';
import { slugFromName, withSuffix } from '../domain/slug';
import { toWorkspaceView, type WorkspaceView } from './get-workspace';

/** Without `slug`, one is made from the name (with a short suffix when taken). */
export type CreateWorkspaceInput = { name: string; slug?: string; settings: WorkspaceSettings };

const SLUG_ATTEMPTS = 5;

// Creates a workspace with its default roles and makes the calling user its Owner. A slug given
// and taken is 409; a slug made from the name gets a short suffix until it is free.
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
      const row = await insertWorkspace(t, workspaceId, input);
      const roleRows = await t.tx
        .insert(roles)
        .values(DEFAULT_ROLES.map((r) => ({ ...r, id: newId(), workspaceId, isDefault: true })))
        .returning();
      const owner = roleRows.find((r) => r.systemKey === 'owner');
      if (!owner) throw new Error('owner role missing');
      await t.tx.insert(members).values({ workspaceId, userId, roleId: owner.id, email: user.email });
      await publish(t, workspaceCreated, {
        aggregateId: workspaceId,
        payload: { workspace_id: workspaceId, name: row.name, slug: row.slug, settings: row.settings, ...originOf(t) },
      });
      await publish(t, memberJoined, {
        aggregateId: userId,
        payload: { user_id: userId, role_id: owner.id, invitation_id: null, ...originOf(t) },
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

/** Inserts the workspace row; slugs are unique platform-wide (ON CONFLICT skips a taken one). */
async function insertWorkspace(t: TxContext, id: string, input: CreateWorkspaceInput) {
  const name = input.name.trim();
  const base = input.slug ?? slugFromName(name);
  for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
    const slug = attempt === 0 ? base : withSuffix(base);
    const [row] = await t.tx
      .insert(workspaces)
      .values({ id, name, slug, settings: input.settings })
      .onConflictDoNothing({ target: workspaces.slug })
      .returning();
    if (row) return row;
    if (input.slug) break;
  }
  throw new ConflictError(`The slug "${base}" is taken.`, { code: 'slug_taken' });
}
