import { type AppContext, queryable, queryRows, withTransaction } from '@nexova/db';
import { type ApiKeyPrincipal, intersectGrants } from '@nexova/http';
import { eq, sql } from 'drizzle-orm';
import { apiKeys } from '../db/schema';
import { hashSecret } from '../domain/secrets';

const TOUCH_EVERY_MS = 60_000;

export type ResolveApiKeyInput = { key: string };

/**
 * What the member behind a key may do in its workspace now: their active membership's grants in a
 * live workspace, or null (removed, suspended, workspace deleted). For a key with no creator on
 * record, just whether the workspace is live (`['*']`) or not (null). Tenancy answers it; the
 * composition root passes it in (identity does not read tenancy's tables).
 */
export type ApiKeyOwnerGrants = (args: {
  ctx: AppContext;
  input: { workspaceId: string; userId: string | null };
}) => Promise<readonly string[] | null>;

// An `nxk_` key → its principal, or null when unknown, revoked, expired, its workspace deleted or
// its creator no longer an active member. The workspace is not known yet, so the key is found
// through the SECURITY DEFINER function identity.find_api_key (hash in, id + workspace out); the
// row itself is then read under that workspace's RLS. The key never does more than its creator
// can today (its scopes ∩ the creator's grants). last_used_at is written at most once a minute.
export async function resolveApiKey({
  ctx,
  input,
  ownerGrants,
}: {
  ctx: AppContext;
  input: ResolveApiKeyInput;
  ownerGrants: ApiKeyOwnerGrants;
}): Promise<ApiKeyPrincipal | null> {
  const { key } = input;
  const [found] = await queryRows<{ id: string; workspace_id: string }>(
    queryable(ctx),
    sql`select id, workspace_id from identity.find_api_key(${hashSecret(key)})`,
  );
  if (!found) return null;
  const inWorkspace = { ...ctx, workspaceId: found.workspace_id };
  const [row] = await withTransaction(inWorkspace, (t) => t.tx.select().from(apiKeys).where(eq(apiKeys.id, found.id)));
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  const ceiling = await ownerGrants({ ctx, input: { workspaceId: row.workspaceId, userId: row.createdBy } });
  if (!ceiling) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await withTransaction(inWorkspace, (t) =>
      t.tx.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id)),
    );
  }
  return {
    type: 'api_key',
    id: row.id,
    workspaceId: row.workspaceId,
    permissions: intersectGrants(row.permissions, ceiling),
  };
}
