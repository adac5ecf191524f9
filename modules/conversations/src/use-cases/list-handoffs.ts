import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq } from 'drizzle-orm';
import type { Handoff } from '../contracts/handoff';
import { mustLoadConversation } from '../db/conversation-store';
import { toHandoff } from '../db/handoff-store';
import { handoffs } from '../db/schema';

export type ListHandoffsInput = { conversationId: string; limit?: number; cursor?: string };

// A conversation's handoff history, newest first; keyset paging. Another workspace's id is 404.
export async function listHandoffs({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListHandoffsInput;
}): Promise<Page<Handoff>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    await mustLoadConversation(t, input.conversationId);
    const rows = await t.tx
      .select()
      .from(handoffs)
      .where(
        and(
          eq(handoffs.workspaceId, workspaceOf(t)),
          eq(handoffs.conversationId, input.conversationId),
          keysetAfterId(handoffs.id, after, 'desc'),
        ),
      )
      .orderBy(desc(handoffs.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { ...page, items: page.items.map(toHandoff) };
  });
}
