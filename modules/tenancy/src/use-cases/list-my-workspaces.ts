import { type AppContext, epochMicros, keysetAfter, queryable, queryRows } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, sql } from 'drizzle-orm';
import type { WorkspaceSettings } from '../db/schema';
import type { WorkspaceView } from './get-workspace';

type Row = {
  id: string;
  name: string;
  slug: string;
  settings: WorkspaceSettings | string;
  created_at: string | Date;
  updated_at: string | Date;
  role_name: string;
  at: string;
};

export type ListMyWorkspacesInput = { limit: number; cursor?: string };

// The live workspaces where the calling user is an active member, oldest first, a page at a time
// (keyset on created_at, id). Runs before any workspace is chosen, so it reads through the
// SECURITY DEFINER function tenancy.user_workspaces (own id only).
export async function listMyWorkspaces({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListMyWorkspacesInput;
}): Promise<Page<Omit<WorkspaceView, 'version'>>> {
  if (ctx.actor.type !== 'user' || !ctx.actor.id) return { items: [], next_cursor: null };
  const after = keysetAfter(sql`created_at`, sql`id`, decodeCursor(input.cursor));
  const rows = await queryRows<Row>(
    queryable(ctx),
    sql`select *, ${epochMicros(sql`created_at`)} as at from tenancy.user_workspaces(${ctx.actor.id}::uuid)
        where ${and(sql`true`, after)} order by created_at, id limit ${input.limit + 1}`,
  );
  const page = pageOf(rows, input.limit, (r) => [r.at, r.id]);
  return {
    items: page.items.map((r) => ({
      id: r.id,
      name: r.name,
      slug: r.slug,
      settings: typeof r.settings === 'string' ? (JSON.parse(r.settings) as WorkspaceSettings) : r.settings,
      role: r.role_name,
      created_at: new Date(r.created_at),
      updated_at: new Date(r.updated_at),
    })),
    next_cursor: page.next_cursor,
  };
}
