import { type TxContext, workspaceOf } from '@nexova/db';
import { redactEvents } from '@nexova/events';
import { requestFileDeletion } from '@nexova/files';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { conversations, handoffs, messageMedia, messages, webhookInbox } from '../db/schema';

export type EraseConversationPeopleInput = { personIds: string[] };

/** What an erased contact's address becomes (the column is required; it no longer reaches anyone). */
export const ERASED_CONTACT = 'erased';

// A person was erased (customers.person.erased): their conversations keep only their shape — the
// messages are deleted with their media rows (the files right after commit, by the file-deletion
// worker), the contact address and preview are cleared, handoff reasons dropped, and the raw webhook
// deliveries that carried the contact's number are deleted. The conversation is resolved; nothing can be sent
// to it again. Running it again finds nothing left.
export async function eraseConversationPeople(t: TxContext, input: EraseConversationPeopleInput): Promise<number> {
  const ws = workspaceOf(t);
  const mine = await t.tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.workspaceId, ws), inArray(conversations.personId, input.personIds)))
    .for('update');
  if (mine.length === 0) return 0;
  const ids = mine.map((c) => c.id);
  const messageIds = t.tx
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.workspaceId, ws), inArray(messages.conversationId, ids)));
  const media = await t.tx
    .delete(messageMedia)
    .where(and(eq(messageMedia.workspaceId, ws), inArray(messageMedia.messageId, messageIds)))
    .returning({ fileKey: messageMedia.fileKey });
  // The files go right after commit (the deletion worker), not after the orphan sweeper's grace.
  await requestFileDeletion(
    t,
    media.flatMap((m) => (m.fileKey ? [m.fileKey] : [])),
  );
  await t.tx.delete(messages).where(and(eq(messages.workspaceId, ws), inArray(messages.conversationId, ids)));
  await t.tx
    .update(handoffs)
    .set({ reason: null })
    .where(and(eq(handoffs.workspaceId, ws), inArray(handoffs.conversationId, ids)));
  for (const c of mine) {
    if (c.contactAddress === ERASED_CONTACT) continue;
    // WhatsApp ids are the number's digits; a delivery naming them belongs to this contact.
    const digits = c.contactAddress.replace(/\D/g, '');
    await t.tx
      .delete(webhookInbox)
      .where(
        and(
          eq(webhookInbox.workspaceId, ws),
          eq(webhookInbox.channelId, c.channelId),
          sql`${webhookInbox.payload}::text like ${`%${digits}%`}`,
        ),
      );
  }
  // The event log's copies (messages, conversation snapshots, handoffs), by key, keeping their shape.
  await redactEvents(t, {
    aggregateType: 'conversation',
    aggregateIds: ids,
    redactions: {
      text: null,
      content: {},
      caption: null,
      filename: null,
      contact_address: ERASED_CONTACT,
      last_message_preview: null,
      reason: null,
    },
  });
  await t.tx
    .update(conversations)
    .set({
      contactAddress: ERASED_CONTACT,
      lastMessagePreview: null,
      unreadCount: 0,
      status: 'resolved',
      handoffRequestedAt: null,
      version: sql`${conversations.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(conversations.workspaceId, ws), inArray(conversations.id, ids)));
  return mine.length;
}
