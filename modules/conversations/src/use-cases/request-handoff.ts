import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import type { Conversation } from '../contracts/conversation';
import { handoffRequested } from '../contracts/events/conversation-events.v1';
import type { HandoffSource } from '../contracts/handoff';
import { mustLoadConversation } from '../db/conversation-store';
import { handoffReason } from '../domain/handoff-reason';
import { applyHandoffMove } from './handoff-move';

export type RequestHandoffInput = {
  conversationId: string;
  /** Why a human is needed (shown in the inbox and kept in the history). */
  reason?: string | null;
  /** agent (its request_human_handoff tool), keyword, failures (repeated failed turns) or member. */
  source: HandoffSource;
  /** CONVERSATIONS_HANDOFF_REASON_MAX_CHARS. */
  maxReasonChars?: number;
};

// Asks for a human: the conversation waits for a member to take it over (handoff_requested_at set,
// still handled by the agent, which should stay quiet), with the history row, conversation.updated
// and conversations.handoff.requested in one commit. Already handled by a member, or already
// waiting: 409.
export async function requestHandoff({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RequestHandoffInput;
}): Promise<Conversation> {
  const reason = handoffReason(input.reason, input.maxReasonChars);
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadConversation(t, input.conversationId, true);
    if (row.handledBy === 'member')
      throw new ConflictError('A member already handles this conversation.', {
        code: 'conversation_handled_by_member',
      });
    if (row.handoffRequestedAt)
      throw new ConflictError('A handoff to a human is already waiting for a member.', {
        code: 'handoff_already_requested',
      });
    return applyHandoffMove(t, row, {
      kind: 'requested',
      source: input.source,
      reason,
      set: { handoffRequestedAt: new Date() },
      event: handoffRequested,
    });
  });
}
