import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq } from 'drizzle-orm';
import type { Message } from '../contracts/conversation';
import { mustLoadConversation, toMessage } from '../db/conversation-store';
import { mediaOfMessages, type SignKey, toMedia } from '../db/media-store';
import { messages } from '../db/schema';

export type ListMessagesInput = {
  conversationId: string;
  limit?: number;
  cursor?: string;
  /** Signs stored media files (the app's UrlSigner): each media message shows a download URL. */
  sign?: SignKey;
};

// A conversation's messages, newest first (the next page goes back in time); keyset paging. Media
// messages carry their file (status, type, size, and a signed URL once stored).
export async function listMessages({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListMessagesInput;
}): Promise<Page<Message>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    await mustLoadConversation(t, input.conversationId);
    const rows = await t.tx
      .select()
      .from(messages)
      .where(
        and(
          eq(messages.workspaceId, workspaceOf(t)),
          eq(messages.conversationId, input.conversationId),
          keysetAfterId(messages.id, after, 'desc'),
        ),
      )
      .orderBy(desc(messages.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    const media = await mediaOfMessages(
      t,
      page.items.map((m) => m.id),
    );
    return {
      ...page,
      items: page.items.map((m) => {
        const file = media.get(m.id);
        return toMessage(m, file ? toMedia(file, input.sign) : null);
      }),
    };
  });
}
