import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, UnprocessableError } from '@nexova/kernel';
import { loadMembership } from '@nexova/tenancy';
import { eq, sql } from 'drizzle-orm';
import type { Conversation, ConversationStatus } from '../contracts/conversation';
import { conversationUpdated } from '../contracts/events/conversation-events.v1';
import { mustLoadConversation, toConversation } from '../db/conversation-store';
import { conversations } from '../db/schema';

export type UpdateConversationInput = {
  conversationId: string;
  status?: ConversationStatus;
  /** A member's user id, or null to unassign. */
  assigneeId?: string | null;
  /** true: a member read it (the unread count goes back to 0). */
  read?: boolean;
  /** If-Match: a stale version answers 412. */
  expectedVersion?: number;
};

// Changes a conversation's status (open/pending/resolved), its assignee (an active member of the
// workspace, else 422 naming assignee_id) or marks it read; publishes conversation.updated.
export async function updateConversation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UpdateConversationInput;
}): Promise<Conversation> {
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadConversation(t, input.conversationId, true);
    assertExpectedVersion(row.version, input.expectedVersion, `Conversation ${row.id}`);
    if (input.assigneeId) {
      const member = await loadMembership({
        ctx: t,
        input: { workspaceId: row.workspaceId, userId: input.assigneeId },
      });
      if (!member)
        throw new UnprocessableError('assignee_id is not an active member of this workspace.', {
          code: 'conversation_assignee_invalid',
          errors: [{ pointer: '/assignee_id', in: 'body', message: 'is not a member of this workspace' }],
        });
    }
    const [updated] = await t.tx
      .update(conversations)
      .set({
        status: input.status ?? row.status,
        assigneeId: input.assigneeId === undefined ? row.assigneeId : input.assigneeId,
        unreadCount: input.read ? 0 : row.unreadCount,
        version: sql`${conversations.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(conversations.id, row.id))
      .returning();
    if (!updated) throw new Error('update returned no row');
    const conversation = toConversation(updated);
    await publish(t, conversationUpdated, { aggregateId: row.id, payload: conversation });
    return conversation;
  });
}
