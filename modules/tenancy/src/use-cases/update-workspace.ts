import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import {
  assertExpectedVersion,
  ConflictError,
  diffFields,
  NotFoundError,
  noteAudit,
  versionRaceLost,
} from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { originOf, workspaceUpdated } from '../contracts/events';
import { type WorkspaceSettings, workspaces } from '../db/schema';
import { isUniqueViolation } from '../domain/default-roles';
import { getWorkspace, type WorkspaceView } from './get-workspace';

export type UpdateWorkspaceInput = {
  name?: string;
  slug?: string;
  settings?: Partial<WorkspaceSettings>;
  /** The version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

// Renames the current workspace or changes its slug/settings (settings are merged). A taken slug is 409.
// The write is conditioned on the version read: a concurrent change → 409/412, never overwritten.
export async function updateWorkspace({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UpdateWorkspaceInput;
}): Promise<WorkspaceView> {
  const workspaceId = workspaceOf(ctx);
  try {
    return await withTransaction(ctx, async (t) => {
      const [row] = await t.tx
        .select()
        .from(workspaces)
        .where(and(eq(workspaces.id, workspaceId), isNull(workspaces.deletedAt)));
      if (!row) throw new NotFoundError('The workspace was not found.');
      assertExpectedVersion(row.version, input.expectedVersion, 'The workspace');
      const changes = {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.slug !== undefined ? { slug: input.slug } : {}),
        ...(input.settings ? { settings: { ...row.settings, ...input.settings } } : {}),
      };
      const written = await t.tx
        .update(workspaces)
        .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
        .where(and(eq(workspaces.id, workspaceId), eq(workspaces.version, row.version)))
        .returning({ id: workspaces.id });
      if (written.length === 0) versionRaceLost(row.version, input.expectedVersion, 'The workspace');
      noteAudit(t, {
        target: { type: 'workspace', id: workspaceId },
        changes: diffFields({ ...row, ...row.settings }, { ...row, ...changes, ...changes.settings }, [
          'name',
          'slug',
          ...Object.keys(input.settings ?? {}),
        ]),
      });
      await publish(t, workspaceUpdated, {
        aggregateId: workspaceId,
        payload: { workspace_id: workspaceId, changes, ...originOf(t) },
      });
      return getWorkspace({ ctx: t });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`The slug "${input.slug}" is taken.`, { code: 'slug_taken' });
    throw error;
  }
}
