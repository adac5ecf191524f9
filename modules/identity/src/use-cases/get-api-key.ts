import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { apiKeys } from '../db/schema';
import { type ApiKeyView, toApiKeyView } from './create-api-key';

export type GetApiKeyInput = { apiKeyId: string };

// One API key of the current workspace (never the secret), revoked ones included; another workspace's is 404.
export async function getApiKey({ ctx, input }: { ctx: AppContext; input: GetApiKeyInput }): Promise<ApiKeyView> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, input.apiKeyId), eq(apiKeys.workspaceId, workspaceOf(ctx))));
    if (!row) throw new NotFoundError('The API key was not found.');
    return toApiKeyView(row);
  });
}
