import { type AppContext, lockForTransaction, withTransaction, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { channels } from '../db/schema';
import { storedSecrets } from '../domain/channel-secrets';

// The demo workspace's simulator channel, so /simulator and `nexova chat` work with nothing
// configured. Idempotent: a workspace that has a simulator channel already gets no second one.
export async function seedDemoSimulator({ ctx }: { ctx: AppContext }): Promise<string[]> {
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    await lockForTransaction(t, `conversations.channels:${ws}`);
    const [existing] = await t.tx
      .select({ id: channels.id })
      .from(channels)
      .where(and(eq(channels.workspaceId, ws), eq(channels.kind, 'simulator')))
      .limit(1);
    if (existing) return [];
    const id = newId();
    // A simulator has no credentials: nothing to seal.
    await t.tx.insert(channels).values({
      id,
      workspaceId: ws,
      kind: 'simulator',
      name: 'WhatsApp simulator',
      settings: {},
      secrets: storedSecrets({}, null),
    });
    return [`conversations: simulator channel ${id} (open /simulator or run nexova chat)`];
  });
}
