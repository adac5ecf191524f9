import { type AppContext, queryable, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { loadMembership } from './load-membership';

export type LoadKeyOwnerGrantsInput = { workspaceId: string; userId: string | null };

// What the member behind an API key may do in its workspace now, or null when the key must not
// work: its creator's active membership in a live workspace (tenancy.membership_grants), or — a
// key with no creator on record — `*` while the workspace is live (tenancy.workspace_is_live, a
// SECURITY DEFINER function of migration 0018). One round trip, on every API-key request.
export async function loadKeyOwnerGrants({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: LoadKeyOwnerGrantsInput;
}): Promise<readonly string[] | null> {
  if (input.userId) {
    const membership = await loadMembership({ ctx, input: { userId: input.userId, workspaceId: input.workspaceId } });
    return membership?.permissions ?? null;
  }
  const [row] = await queryRows<{ live: boolean }>(
    queryable(ctx),
    sql`select tenancy.workspace_is_live(${input.workspaceId}) as live`,
  );
  return row?.live ? ['*'] : null;
}
