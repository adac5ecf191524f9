import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import { conversations } from '../db/schema';

export type ConversationCounts = {
  /** Not resolved (open or pending). */
  open: number;
  /** Of those, answered by a member who took them over. */
  handled_by_member: number;
  /** Of those, waiting for a member to take them (a handoff requested, not yet taken or declined). */
  awaiting_handoff: number;
  /** Of those, with messages from the contact no member has read yet. */
  unread: number;
};

// The inbox in figures (the workspace overview): one pass over the workspace's unresolved conversations.
export async function countConversations({ ctx }: { ctx: AppContext }): Promise<ConversationCounts> {
  return withTransaction(ctx, async (t) => {
    const c = conversations;
    const [row] = await t.tx
      .select({
        open: count(),
        member: count(sql`case when ${c.handledBy} = 'member' then 1 end`),
        awaiting: count(sql`case when ${c.handoffRequestedAt} is not null then 1 end`),
        unread: count(sql`case when ${c.unreadCount} > 0 then 1 end`),
      })
      .from(c)
      .where(and(eq(c.workspaceId, workspaceOf(t)), ne(c.status, 'resolved')));
    return {
      open: row?.open ?? 0,
      handled_by_member: row?.member ?? 0,
      awaiting_handoff: row?.awaiting ?? 0,
      unread: row?.unread ?? 0,
    };
  });
}
