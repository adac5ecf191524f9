import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq, isNull } from 'drizzle-orm';
import { apiKeyRevoked, originOf } from '../contracts/events';
import { apiKeys } from '../db/schema';

// Revokes every live API key of the current workspace (deleting the workspace calls it in its own
// transaction, so no key outlives the workspace). Returns how many were revoked.
export async function revokeWorkspaceApiKeys({ ctx }: { ctx: AppContext; input?: undefined }): Promise<number> {
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    const revoked = await t.tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.workspaceId, workspaceId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    for (const { id } of revoked) {
      await publish(t, apiKeyRevoked, { aggregateId: id, payload: { api_key_id: id, ...originOf(t) } });
    }
    return revoked.length;
  });
}
