import { type TxContext, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq, sql } from 'drizzle-orm';
import { conversationUpdated } from '../contracts/events/conversation-events.v1';
import { toConversation } from '../db/conversation-store';
import { conversations, messages } from '../db/schema';

export type MergeConversationPeopleInput = { survivorPersonId: string; mergedPersonId: string };

// Two people became one (customers.customer.merged): the merged person's conversations become the
// survivor's. Where the survivor already talks on the same channel, the messages move into that
// conversation (unread counts add up) and the emptied one is removed; each survivor conversation
// touched publishes conversation.updated. Running it again finds nothing left to move.
export async function mergeConversationPeople(t: TxContext, input: MergeConversationPeopleInput): Promise<number> {
  const ws = workspaceOf(t);
  const mine = (personId: string) =>
    t.tx
      .select()
      .from(conversations)
      .where(and(eq(conversations.workspaceId, ws), eq(conversations.personId, personId)))
      .for('update');
  const merged = await mine(input.mergedPersonId);
  if (merged.length === 0) return 0;
  const survivorByChannel = new Map((await mine(input.survivorPersonId)).map((c) => [c.channelId, c]));
  for (const from of merged) {
    const into = survivorByChannel.get(from.channelId);
    let updated: typeof from | undefined;
    if (!into) {
      [updated] = await t.tx
        .update(conversations)
        .set({ personId: input.survivorPersonId, version: sql`${conversations.version} + 1`, updatedAt: new Date() })
        .where(eq(conversations.id, from.id))
        .returning();
    } else {
      await t.tx
        .update(messages)
        .set({ conversationId: into.id })
        .where(and(eq(messages.workspaceId, ws), eq(messages.conversationId, from.id)));
      const latest = (into.lastMessageAt?.getTime() ?? 0) >= (from.lastMessageAt?.getTime() ?? 0) ? into : from;
      [updated] = await t.tx
        .update(conversations)
        .set({
          unreadCount: into.unreadCount + from.unreadCount,
          lastMessageAt: latest.lastMessageAt,
          lastMessagePreview: latest.lastMessagePreview,
          contactAddress: latest.contactAddress,
          version: sql`${conversations.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(conversations.id, into.id))
        .returning();
      await t.tx.delete(conversations).where(eq(conversations.id, from.id));
    }
    if (updated) await publish(t, conversationUpdated, { aggregateId: updated.id, payload: toConversation(updated) });
  }
  return merged.length;
}
