import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Message } from '../contracts/conversation';
import { toMessage } from '../db/conversation-store';
import { mediaOfMessages, toMedia } from '../db/media-store';
import { messages } from '../db/schema';

export type GetMessageInput = { messageId: string };

// One message of the workspace by id, with its file's status (the agent reads the inbound message a
// queued turn answers).
export async function getMessage({ ctx, input }: { ctx: AppContext; input: GetMessageInput }): Promise<Message> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(messages)
      .where(and(eq(messages.workspaceId, workspaceOf(t)), eq(messages.id, input.messageId)));
    if (!row) throw new NotFoundError('There is no such message.', { code: 'message_not_found' });
    const file = (await mediaOfMessages(t, [row.id])).get(row.id);
    return toMessage(row, file ? toMedia(file) : null);
  });
}
