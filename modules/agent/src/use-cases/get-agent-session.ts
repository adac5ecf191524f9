import { getConversation } from '@nexova/conversations';
import { type AppContext, withTransaction } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { eq } from 'drizzle-orm';
import { sessions } from '../db/schema';
import { toSessionView } from '../db/session-store';

export type GetAgentSessionInput = { conversationId: string };

// The agent's session of one conversation; a foreign conversation is 404, one the agent never
// answered is 404 agent_session_not_found.
export async function getAgentSession({ ctx, input }: { ctx: AppContext; input: GetAgentSessionInput }) {
  return withTransaction(ctx, async (t) => {
    await getConversation({ ctx: t, input });
    const [row] = await t.tx.select().from(sessions).where(eq(sessions.conversationId, input.conversationId));
    if (!row)
      throw new NotFoundError('The agent has not talked in this conversation yet.', {
        code: 'agent_session_not_found',
      });
    return toSessionView(row);
  });
}
