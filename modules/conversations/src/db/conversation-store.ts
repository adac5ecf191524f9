import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Conversation, Message } from '../contracts/conversation';
import { conversations, messages } from './schema';

export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  channel_id: r.channelId,
  person_id: r.personId,
  contact_address: r.contactAddress,
  status: r.status as Conversation['status'],
  assignee_id: r.assigneeId,
  handled_by: r.handledBy as Conversation['handled_by'],
  handoff_requested_at: iso(r.handoffRequestedAt),
  unread_count: r.unreadCount,
  last_message_at: iso(r.lastMessageAt),
  last_message_preview: r.lastMessagePreview,
  version: r.version,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});

export const toMessage = (r: MessageRow, media: Message['media'] = null): Message => ({
  id: r.id,
  conversation_id: r.conversationId,
  direction: r.direction as Message['direction'],
  status: r.status as Message['status'],
  author_type: r.authorType as Message['author_type'],
  author_id: r.authorId,
  kind: r.kind as Message['kind'],
  text: r.text,
  content: r.content,
  provider_message_id: r.providerMessageId,
  error: r.error,
  media,
  created_at: r.createdAt.toISOString(),
  sent_at: iso(r.sentAt),
});

export async function mustLoadConversation(t: TxContext, id: string, lock = false): Promise<ConversationRow> {
  const q = t.tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceOf(t)), eq(conversations.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row)
    throw new NotFoundError('No conversation has this id in this workspace.', { code: 'conversation_not_found' });
  return row;
}

export async function findMessageByProviderId(
  t: TxContext,
  channelId: string,
  providerMessageId: string,
): Promise<MessageRow | undefined> {
  const [row] = await t.tx
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.workspaceId, workspaceOf(t)),
        eq(messages.channelId, channelId),
        eq(messages.providerMessageId, providerMessageId),
      ),
    )
    .for('update');
  return row;
}
