import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, gt, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Conversation, ConversationStatus } from '../contracts/conversation';
import { toConversation } from '../db/conversation-store';
import { conversations } from '../db/schema';

export type ListConversationsInput = {
  status?: ConversationStatus;
  channelId?: string;
  assigneeId?: string;
  personId?: string;
  unreadOnly?: boolean;
  /** true: a handoff is waiting for a member; false: none is. */
  awaitingHandoff?: boolean;
  limit?: number;
  cursor?: string;
};

// The workspace's conversations, newest first, filtered by status, channel, assignee, person or
// unread, or whether a handoff waits for a member; keyset paging.
export async function listConversations({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListConversationsInput;
}): Promise<Page<Conversation>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [
      eq(conversations.workspaceId, workspaceOf(t)),
      keysetAfterId(conversations.id, after, 'desc'),
    ];
    if (input.status) filters.push(eq(conversations.status, input.status));
    if (input.channelId) filters.push(eq(conversations.channelId, input.channelId));
    if (input.assigneeId) filters.push(eq(conversations.assigneeId, input.assigneeId));
    if (input.personId) filters.push(eq(conversations.personId, input.personId));
    if (input.unreadOnly) filters.push(gt(conversations.unreadCount, 0));
    if (input.awaitingHandoff !== undefined)
      filters.push(
        input.awaitingHandoff ? isNotNull(conversations.handoffRequestedAt) : isNull(conversations.handoffRequestedAt),
      );
    const rows = await t.tx
      .select()
      .from(conversations)
      .where(and(...filters))
      .orderBy(desc(conversations.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { ...page, items: page.items.map(toConversation) };
  });
}
