import { type AppContext, epochMicros, keysetAfter, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq } from 'drizzle-orm';
import { apiKeys } from '../db/schema';
import { type ApiKeyView, toApiKeyView } from './create-api-key';

export type ListApiKeysInput = { limit: number; cursor?: string };

// The workspace's API keys, newest first (never the secret), a page at a time: keyset on (created_at, id).
export async function listApiKeys({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListApiKeysInput;
}): Promise<Page<ApiKeyView>> {
  const workspaceId = workspaceOf(ctx);
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select({ key: apiKeys, at: epochMicros(apiKeys.createdAt) })
      .from(apiKeys)
      .where(and(eq(apiKeys.workspaceId, workspaceId), keysetAfter(apiKeys.createdAt, apiKeys.id, after, 'desc')))
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(input.limit + 1);
    const page = pageOf(rows, input.limit, (r) => [r.at, r.key.id]);
    return { items: page.items.map((r) => toApiKeyView(r.key)), next_cursor: page.next_cursor };
  });
}
