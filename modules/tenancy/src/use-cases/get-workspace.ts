import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { members, roles, type WorkspaceSettings, workspaces } from '../db/schema';

export type WorkspaceView = {
  id: string;
  name: string;
  slug: string;
  settings: WorkspaceSettings;
  role: string | null;
  /** Bumped by every change to the workspace: its ETag, what If-Match compares. */
  version: number;
  created_at: Date;
  updated_at: Date;
};

export const toWorkspaceView = (
  row: {
    id: string;
    name: string;
    slug: string;
    settings: WorkspaceSettings;
    version: number;
    createdAt: Date;
    updatedAt: Date;
  },
  role: string | null,
): WorkspaceView => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  settings: row.settings,
  role,
  version: row.version,
  created_at: row.createdAt,
  updated_at: row.updatedAt,
});

// The current workspace (from the context), with the caller's role name when the caller is a user.
export async function getWorkspace({ ctx }: { ctx: AppContext; input?: undefined }): Promise<WorkspaceView> {
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(workspaces)
      .where(and(eq(workspaces.id, workspaceId), isNull(workspaces.deletedAt)));
    if (!row) throw new NotFoundError('The workspace was not found.');
    const userId = ctx.actor.type === 'user' ? ctx.actor.id : null;
    const [membership] = userId
      ? await t.tx
          .select({ role: roles.name })
          .from(members)
          .innerJoin(roles, eq(roles.id, members.roleId))
          .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, userId)))
      : [];
    return toWorkspaceView(row, membership?.role ?? null);
  });
}
