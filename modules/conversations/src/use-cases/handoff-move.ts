import type { TxContext } from '@nexova/db';
import { type EventDefinition, publish } from '@nexova/events';
import { eq, sql } from 'drizzle-orm';
import type { Conversation } from '../contracts/conversation';
import { conversationUpdated } from '../contracts/events/conversation-events.v1';
import type { HandoffKind, HandoffSource } from '../contracts/handoff';
import { type ConversationRow, toConversation } from '../db/conversation-store';
import { insertHandoff } from '../db/handoff-store';
import { conversations } from '../db/schema';

type Move = {
  kind: HandoffKind;
  source: HandoffSource;
  reason: string | null;
  set: Partial<Pick<ConversationRow, 'handledBy' | 'handoffRequestedAt' | 'assigneeId'>>;
  // biome-ignore lint/suspicious/noExplicitAny: the three handoff events share one payload shape.
  event: EventDefinition<any>;
};

/** Who a move is attributed to when it is not a request: the agent, else a member (or their API key). */
export const sourceOfActor = (t: TxContext): HandoffSource => (t.actor.type === 'agent' ? 'agent' : 'member');

// One handoff move on a conversation the caller has locked: changes it, appends the history row and
// publishes conversation.updated and the move's own event, all in the caller's transaction.
export async function applyHandoffMove(t: TxContext, row: ConversationRow, move: Move): Promise<Conversation> {
  const at = new Date();
  const [updated] = await t.tx
    .update(conversations)
    .set({ ...move.set, version: sql`${conversations.version} + 1`, updatedAt: at })
    .where(eq(conversations.id, row.id))
    .returning();
  if (!updated) throw new Error('update returned no row');
  const conversation = toConversation(updated);
  const handoff = await insertHandoff(t, {
    conversationId: row.id,
    kind: move.kind,
    source: move.source,
    reason: move.reason,
    at,
  });
  await publish(t, conversationUpdated, { aggregateId: row.id, payload: conversation });
  await publish(t, move.event, { aggregateId: row.id, payload: { handoff, conversation } });
  return conversation;
}
