import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, newId, UnprocessableError } from '@nexova/kernel';
import { eq, sql } from 'drizzle-orm';
import type { Message } from '../contracts/conversation';
import { conversationUpdated, messageCreated, messageQueued } from '../contracts/events/conversation-events.v1';
import { mustLoadChannel } from '../db/channel-store';
import { mustLoadConversation, toConversation, toMessage } from '../db/conversation-store';
import { conversations, messages } from '../db/schema';
import { previewOf } from '../domain/inbound';

export type SendMessageInput = {
  conversationId: string;
  text: string;
  /** CONVERSATIONS_MESSAGE_MAX_CHARS. */
  maxChars: number;
};

// A member's (or the agent's) text to the contact: stored as an outbound message `queued`, with
// message.created, conversation.updated (a reply reads the conversation) and message.queued, one
// commit. Nothing is sent here: the outbound consumer hands it to the sender. A disabled channel
// answers 409; so does the agent writing to a conversation a member took over.
const authorTypeOf = (actor: string) => (actor === 'user' ? 'member' : actor === 'agent' ? 'agent' : 'system');

export async function sendMessage({ ctx, input }: { ctx: AppContext; input: SendMessageInput }): Promise<Message> {
  const text = input.text.trim();
  if (!text || text.length > input.maxChars)
    throw new UnprocessableError(`text must have 1 to ${input.maxChars} characters.`, {
      code: 'message_text_invalid',
      errors: [{ pointer: '/text', in: 'body', message: `must have 1 to ${input.maxChars} characters` }],
    });
  return withTransaction(ctx, async (t) => {
    const conversation = await mustLoadConversation(t, input.conversationId, true);
    const channel = await mustLoadChannel(t, conversation.channelId);
    if (channel.status !== 'active')
      throw new ConflictError('The conversation’s channel is disabled; enable it to send.', {
        code: 'channel_disabled',
      });
    if (t.actor.type === 'agent' && conversation.handledBy === 'member')
      throw new ConflictError('A member handles this conversation: the agent may not write to it.', {
        code: 'conversation_handled_by_member',
      });
    const now = new Date();
    const [row] = await t.tx
      .insert(messages)
      .values({
        id: newId(),
        workspaceId: conversation.workspaceId,
        conversationId: conversation.id,
        channelId: conversation.channelId,
        direction: 'outbound',
        status: 'queued',
        authorType: authorTypeOf(t.actor.type),
        authorId: t.actor.id,
        kind: 'text',
        text,
        content: {},
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const [updated] = await t.tx
      .update(conversations)
      .set({
        unreadCount: 0,
        lastMessageAt: now,
        lastMessagePreview: previewOf({ kind: 'text', text }),
        version: sql`${conversations.version} + 1`,
        updatedAt: now,
      })
      .where(eq(conversations.id, conversation.id))
      .returning();
    if (!updated) throw new Error('update returned no row');
    const message = toMessage(row);
    await publish(t, messageCreated, { aggregateId: conversation.id, payload: message });
    await publish(t, conversationUpdated, { aggregateId: conversation.id, payload: toConversation(updated) });
    await publish(t, messageQueued, {
      aggregateId: conversation.id,
      payload: { message_id: row.id, conversation_id: conversation.id, channel_id: conversation.channelId },
    });
    return message;
  });
}
