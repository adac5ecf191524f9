import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import type { Conversation } from '../contracts/conversation';
import { handoffReturned } from '../contracts/events/conversation-events.v1';
import { mustLoadConversation } from '../db/conversation-store';
import { handoffReason } from '../domain/handoff-reason';
import { applyHandoffMove, sourceOfActor } from './handoff-move';

export type ReturnToAgentInput = {
  conversationId: string;
  reason?: string | null;
  /** CONVERSATIONS_HANDOFF_REASON_MAX_CHARS. */
  maxReasonChars?: number;
};

// Hands the conversation back to the agent: handled_by agent, a pending request declined. The
// assignee stays (who handled it last). Already with the agent and nothing pending: 409.
export async function returnToAgent({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReturnToAgentInput;
}): Promise<Conversation> {
  const reason = handoffReason(input.reason, input.maxReasonChars);
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadConversation(t, input.conversationId, true);
    if (row.handledBy === 'agent' && !row.handoffRequestedAt)
      throw new ConflictError('The agent already handles this conversation.', {
        code: 'conversation_handled_by_agent',
      });
    return applyHandoffMove(t, row, {
      kind: 'returned',
      source: sourceOfActor(t),
      reason,
      set: { handledBy: 'agent', handoffRequestedAt: null },
      event: handoffReturned,
    });
  });
}
