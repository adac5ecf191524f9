import { notifyAfterCommit, type TxContext, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import { conversationUpdated, messageCreated } from '../contracts/events/conversation-events.v1';
import { toConversation, toMessage } from '../db/conversation-store';
import { toMedia } from '../db/media-store';
import { conversations, messageMedia, messages } from '../db/schema';
import { type InboundMessage, previewOf } from '../domain/inbound';
import { MEDIA_KINDS } from '../domain/media-types';
import { CONVERSATIONS_MEDIA_CHANNEL } from '../sender/channel';
import { resolveContact } from './resolve-contact';

// Stores one message a contact sent: its person (resolved or created), the person's conversation on
// the channel (started, or reopened when resolved), the message once per provider message id (a
// redelivery is a no-op), the unread count; publishes message.created and conversation.updated.
// Returns false for a message already stored, or from a sender that is no phone number (skipped).
export async function recordInboundMessage(t: TxContext, channelId: string, m: InboundMessage): Promise<boolean> {
  const ws = workspaceOf(t);
  const [known] = await t.tx
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.workspaceId, ws),
        eq(messages.channelId, channelId),
        eq(messages.providerMessageId, m.providerMessageId),
      ),
    );
  if (known) return false;
  const contact = await resolveContact(t, { address: m.from, name: m.contactName });
  if (!contact) return false;
  await t.tx
    .insert(conversations)
    .values({
      id: newId(),
      workspaceId: ws,
      channelId,
      personId: contact.personId,
      contactAddress: `+${m.from.replace(/^\+/, '')}`,
    })
    .onConflictDoNothing();
  const [conversation] = await t.tx
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.workspaceId, ws),
        eq(conversations.channelId, channelId),
        eq(conversations.personId, contact.personId),
      ),
    )
    .for('update');
  if (!conversation) throw new Error('conversation upsert found no row');
  const [row] = await t.tx
    .insert(messages)
    .values({
      id: newId(),
      workspaceId: ws,
      conversationId: conversation.id,
      channelId,
      direction: 'inbound',
      status: 'received',
      authorType: 'contact',
      kind: m.kind,
      text: m.text,
      content: m.content,
      providerMessageId: m.providerMessageId,
      createdAt: m.receivedAt,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return false;
  // A file to fetch: its provider reference waits for the media worker (never fetched here).
  let media = null;
  if (MEDIA_KINDS.has(m.kind) && m.media) {
    [media] = await t.tx
      .insert(messageMedia)
      .values({
        id: newId(),
        workspaceId: ws,
        messageId: row.id,
        channelId,
        direction: 'inbound',
        status: 'pending',
        source: m.media,
        nextAttemptAt: new Date(),
        filename: typeof m.media.filename === 'string' ? m.media.filename.slice(0, 255) : null,
      })
      .returning();
    await notifyAfterCommit(t.tx, CONVERSATIONS_MEDIA_CHANNEL);
  }
  const [updated] = await t.tx
    .update(conversations)
    .set({
      // Replies go to the number as WhatsApp last reported it.
      contactAddress: `+${m.from.replace(/^\+/, '')}`,
      status: conversation.status === 'resolved' ? 'open' : conversation.status,
      unreadCount: sql`${conversations.unreadCount} + 1`,
      lastMessageAt: m.receivedAt,
      lastMessagePreview: previewOf(m),
      version: sql`${conversations.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(conversations.id, conversation.id))
    .returning();
  if (!updated) throw new Error('conversation update returned no row');
  await publish(t, messageCreated, {
    aggregateId: conversation.id,
    payload: toMessage(row, media ? toMedia(media) : null),
  });
  await publish(t, conversationUpdated, { aggregateId: conversation.id, payload: toConversation(updated) });
  return true;
}
