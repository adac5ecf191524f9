import { type AppContext, withTransaction } from '@nexova/db';
import type { Conversation } from '../contracts/conversation';
import { mustLoadConversation, toConversation } from '../db/conversation-store';

export type GetConversationInput = { conversationId: string };

// One conversation of the workspace; a foreign id is 404.
export async function getConversation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetConversationInput;
}): Promise<Conversation> {
  return withTransaction(ctx, async (t) => toConversation(await mustLoadConversation(t, input.conversationId)));
}
