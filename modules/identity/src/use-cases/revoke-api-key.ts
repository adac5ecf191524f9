import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { NotFoundError, noteAudit } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { apiKeyRevoked, originOf } from '../contracts/events';
import { apiKeys } from '../db/schema';

export type RevokeApiKeyInput = { apiKeyId: string };

// Revokes a key of the current workspace at once; a key of another workspace is 404.
export async function revokeApiKey({ ctx, input }: { ctx: AppContext; input: RevokeApiKeyInput }): Promise<void> {
  await withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, input.apiKeyId), eq(apiKeys.workspaceId, workspaceOf(ctx)), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    if (!row) throw new NotFoundError('The API key was not found.');
    noteAudit(t, { target: { type: 'api_key', id: row.id } });
    await publish(t, apiKeyRevoked, { aggregateId: row.id, payload: { api_key_id: row.id, ...originOf(t) } });
  });
}
