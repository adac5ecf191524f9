import { requestHandoff as requestConversationHandoff } from '@nexova/conversations';
import type { AppContext } from '@nexova/db';
import { AppError } from '@nexova/kernel';
import { z } from 'zod';
import { defineTool } from './tool';

const SOURCES = ['agent', 'keyword', 'failures'] as const;

/**
 * The one seam between the agent and the inbox's handoff: conversations' requestHandoff (the
 * conversation waits for a member; the inbox and notifications see it). A handoff already waiting
 * is fine. The agent's own session moves to HANDOFF in the turn that called this tool, and the agent
 * stays quiet until a member hands the conversation back.
 */
export async function requestHandoff(
  ctx: AppContext,
  input: { conversationId: string; reason: string | null; source: (typeof SOURCES)[number]; maxReasonChars: number },
): Promise<{ handoff_requested: true }> {
  try {
    await requestConversationHandoff({ ctx, input });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'handoff_already_requested')) throw error;
  }
  return { handoff_requested: true };
}

export const requestHumanHandoffTool = defineTool({
  name: 'request_human_handoff',
  description:
    'Ask for a person of the shop to take over this conversation (the customer asked for one, or you cannot help). Stop replying after it.',
  permission: 'conversations:write',
  uses: ['conversation'],
  input: z.object({
    reason: z.string().trim().max(500).optional().describe('Why a human is needed, for the member who takes it.'),
    source: z.enum(SOURCES).default('agent').describe('agent: your decision; keyword/failures: the offline rules.'),
  }),
  async run({ ctx, input, session, config }) {
    return requestHandoff(ctx, {
      conversationId: session.conversationId,
      reason: input.reason ?? null,
      source: input.source,
      maxReasonChars: config.CONVERSATIONS_HANDOFF_REASON_MAX_CHARS,
    });
  },
});
