import { type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Message } from '../contracts/conversation';
import { channels, conversations } from '../db/schema';
import type { TemplateMessage } from '../domain/outbound-content';
import { sendMessage } from './send-message';

export type SendNoticeInput = {
  personId: string;
  /** The template per WhatsApp language code of the workspace (built by the caller from its settings). */
  template: TemplateMessage;
};

/**
 * The person's WhatsApp conversation a business-initiated notice goes to: the one on an active
 * channel where they wrote last (a phone number alone is no WhatsApp contact: WhatsApp wants the
 * customer's opt-in, and writing to the business is it). Null when they have none.
 */
export async function findNoticeConversation(t: TxContext, personId: string): Promise<string | null> {
  const [row] = await t.tx
    .select({ id: conversations.id })
    .from(conversations)
    .innerJoin(
      channels,
      and(eq(channels.workspaceId, conversations.workspaceId), eq(channels.id, conversations.channelId)),
    )
    .where(
      and(
        eq(conversations.workspaceId, workspaceOf(t)),
        eq(conversations.personId, personId),
        eq(channels.status, 'active'),
      ),
    )
    .orderBy(sql`${conversations.lastMessageAt} desc nulls last`, desc(conversations.id))
    .limit(1);
  return row?.id ?? null;
}

// A notice (order confirmed, shipped, an appointment reminder) to a customer over WhatsApp, in the
// caller's transaction: a template message queued on their conversation (a template is what WhatsApp
// takes outside the 24-hour window), shown in the inbox like any outbound message and delivered by
// the outbound sender after commit. Null when the person has no WhatsApp conversation. Not
// idempotent by itself: the caller keys it (notifications records one per source and person).
export async function sendNotice({ ctx, input }: { ctx: TxContext; input: SendNoticeInput }): Promise<Message | null> {
  return withTransaction(ctx, async (t) => {
    const conversationId = await findNoticeConversation(t, input.personId);
    if (!conversationId) return null;
    return sendMessage({ ctx: t, input: { conversationId, template: input.template, maxChars: 4096 } });
  });
}
