import { type AppContext, queryable, queryRows, withTransaction } from '@nexova/db';
import type { ApiKeyPrincipal } from '@nexova/http';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { apiKeys } from '../db/schema';
import { hashSecret } from '../domain/secrets';

const TOUCH_EVERY_MS = 60_000;

// An `nxk_` key → its principal, or null when unknown, revoked or expired. The workspace is not
// known yet, so the key is found through the SECURITY DEFINER function identity.find_api_key
// (hash in, id + workspace out); the row itself is then read under that workspace's RLS.
// last_used_at is written at most once a minute per key.
export async function resolveApiKey(ctx: AppContext, key: string): Promise<ApiKeyPrincipal | null> {
  const hash = hashSecret(key);
  const [found] = await queryRows<{ id: string; workspace_id: string }>(
    queryable(ctx),
    sql`select id, workspace_id from identity.find_api_key(${hash})`,
  );
  if (!found) return null;
  return withTransaction({ ...ctx, workspaceId: found.workspace_id }, async (t) => {
    const [row] = await t.tx.select().from(apiKeys).where(eq(apiKeys.id, found.id));
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
    const now = new Date();
    await t.tx
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiKeys.id, row.id),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - TOUCH_EVERY_MS))),
        ),
      );
    return { type: 'api_key', id: row.id, workspaceId: row.workspaceId, permissions: row.permissions };
  });
}
