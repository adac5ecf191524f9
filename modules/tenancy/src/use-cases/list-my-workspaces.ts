import { type AppContext, queryable, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import type { WorkspaceSettings } from '../db/schema';
import type { WorkspaceView } from './get-workspace';

type Row = {
  id: string;
  name: string;
  slug: string;
  settings: WorkspaceSettings;
  created_at: string | Date;
  updated_at: string | Date;
  role_name: string;
};

// The live workspaces where the calling user is an active member. Runs before any workspace is
// chosen, so it reads through the SECURITY DEFINER function tenancy.user_workspaces (own id only).
export async function listMyWorkspaces({
  ctx,
}: {
  ctx: AppContext;
  input?: undefined;
}): Promise<Omit<WorkspaceView, 'version'>[]> {
  if (ctx.actor.type !== 'user' || !ctx.actor.id) return [];
  const rows = await queryRows<Row>(queryable(ctx), sql`select * from tenancy.user_workspaces(${ctx.actor.id}::uuid)`);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    settings: typeof r.settings === 'string' ? (JSON.parse(r.settings) as WorkspaceSettings) : r.settings,
    role: r.role_name,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  }));
}
