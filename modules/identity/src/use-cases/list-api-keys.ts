import { type AppContext, withTransaction } from '@nexova/db';
import { desc, eq } from 'drizzle-orm';
import { apiKeys } from '../db/schema';
import { type ApiKeyView, toApiKeyView } from './create-api-key';

// The workspace's API keys, newest first (never the secret).
export async function listApiKeys({ ctx }: { ctx: AppContext; input?: undefined }): Promise<ApiKeyView[]> {
  const workspaceId = ctx.workspaceId ?? '';
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.workspaceId, workspaceId))
      .orderBy(desc(apiKeys.createdAt));
    return rows.map(toApiKeyView);
  });
}
