import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError, ForbiddenError } from '@nexova/kernel';
import type { Conversation } from '../contracts/conversation';
import { handoffTaken } from '../contracts/events/conversation-events.v1';
import { mustLoadConversation } from '../db/conversation-store';
import { handoffReason } from '../domain/handoff-reason';
import { applyHandoffMove } from './handoff-move';

export type TakeOverConversationInput = {
  conversationId: string;
  reason?: string | null;
  /** CONVERSATIONS_HANDOFF_REASON_MAX_CHARS. */
  maxReasonChars?: number;
};

// A member takes the conversation over (whether or not a handoff was requested): handled_by member,
// assigned to them, any pending request settled. From then on the agent may not write to it, and
// whatever it queued earlier is canceled by the sender's claim, never delivered. The row lock
// decides members racing: one wins, the others get 409 conversation_already_taken.
export async function takeOverConversation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: TakeOverConversationInput;
}): Promise<Conversation> {
  const reason = handoffReason(input.reason, input.maxReasonChars);
  return withTransaction(ctx, async (t) => {
    if (t.actor.type !== 'user')
      throw new ForbiddenError(
        'Only a signed-in member can take a conversation over (API keys and the agent cannot).',
        {
          code: 'handoff_member_only',
        },
      );
    const row = await mustLoadConversation(t, input.conversationId, true);
    if (row.handledBy === 'member')
      throw new ConflictError('A member already handles this conversation; it must be returned to the agent first.', {
        code: 'conversation_already_taken',
      });
    return applyHandoffMove(t, row, {
      kind: 'taken',
      source: 'member',
      reason,
      set: { handledBy: 'member', assigneeId: t.actor.id, handoffRequestedAt: null },
      event: handoffTaken,
    });
  });
}
