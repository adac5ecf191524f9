import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, NotFoundError } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { originOf, workspaceUpdated } from '../contracts/events';
import { type WorkspaceSettings, workspaces } from '../db/schema';
import { isUniqueViolation, requireWorkspace } from '../domain/default-roles';
import { getWorkspace, type WorkspaceView } from './get-workspace';

export type UpdateWorkspaceInput = { name?: string; slug?: string; settings?: Partial<WorkspaceSettings> };

// Renames the current workspace or changes its slug/settings (settings are merged). A taken slug is 409.
export async function updateWorkspace({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UpdateWorkspaceInput;
}): Promise<WorkspaceView> {
  const workspaceId = requireWorkspace(ctx);
  try {
    return await withTransaction(ctx, async (t) => {
      const [row] = await t.tx
        .select()
        .from(workspaces)
        .where(and(eq(workspaces.id, workspaceId), isNull(workspaces.deletedAt)))
        .for('update');
      if (!row) throw new NotFoundError('The workspace was not found.');
      const changes = {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.slug !== undefined ? { slug: input.slug } : {}),
        ...(input.settings ? { settings: { ...row.settings, ...input.settings } } : {}),
      };
      await t.tx
        .update(workspaces)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(workspaces.id, workspaceId));
      await publish(t, workspaceUpdated, {
        aggregateId: workspaceId,
        payload: { workspaceId, changes, ...originOf(t) },
      });
      return getWorkspace({ ctx: t });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`The slug "${input.slug}" is taken.`, { code: 'slug_taken' });
    throw error;
  }
}
