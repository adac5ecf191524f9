import type { Config } from '@nexova/config';
import { getConversation, type Message, sendMessage } from '@nexova/conversations';
import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { getWorkspace } from '@nexova/tenancy';
import { eq } from 'drizzle-orm';
import type { AgentBrain, BrainMemory } from '../brain/agent-brain';
import { agentLocale } from '../brain/locale';
import { sessionTransitioned } from '../contracts/events/agent-events.v1';
import { turns } from '../db/schema';
import { lockSession, saveSession } from '../db/session-store';
import { expireIfStale, type SessionState, type Transition, transition } from '../domain/session-machine';
import { AGENT_ACTOR, executeTool } from './execute-tool';
import { getAgentPermissions } from './get-agent-permissions';

export type AnswerMessageInput = { message: Message; brain: AgentBrain; config: Config; now?: Date };

/**
 * One agent turn for one inbound message, in one commit: the turn row (the message answered once —
 * a redelivered event finds it and does nothing), the session locked and moved through its guarded
 * states (agent.session.transitioned per move), the tools run by the executor, and the reply queued
 * with conversations' sendMessage as the agent. A conversation waiting for or handled by a member
 * puts the session in HANDOFF and the agent stays quiet; handed back, it starts over at IDLE.
 */
export async function answerMessage({ ctx, input }: { ctx: AppContext; input: AnswerMessageInput }): Promise<void> {
  const { message, config } = input;
  if (message.direction !== 'inbound') return;
  await withTransaction(ctx, async (t) => {
    const turnId = newId();
    const now = input.now ?? new Date();
    const session = await lockSession(t, message.conversation_id);
    const [fresh] = await t.tx
      .insert(turns)
      .values({ id: turnId, workspaceId: session.workspaceId, sessionId: session.id, inboundMessageId: message.id })
      .onConflictDoNothing()
      .returning({ id: turns.id });
    if (!fresh) return;

    const moves: Transition[] = [];
    let state = session.state as SessionState;
    let draftOrderId = session.draftOrderId;
    const move = (to: SessionState) => {
      if (to === state) return;
      moves.push(transition(state, to));
      state = to;
    };
    const stale = expireIfStale(state, session.lastActivityAt, now, config.AGENT_SESSION_TIMEOUT_MINUTES * 60_000);
    if (stale.expired) {
      move('idle');
      draftOrderId = null;
    }
    const conversation = await getConversation({ ctx: t, input: { conversationId: message.conversation_id } });
    const humans = conversation.handled_by === 'member' || conversation.handoff_requested_at !== null;
    const locale = agentLocale(session.locale ?? (await getWorkspace({ ctx: t })).settings.locale);
    let memory: BrainMemory = { state, draftOrderId, failedTurns: session.failedTurns, locale };
    let reply: Message | null = null;

    if (humans) move('handoff');
    else {
      if (state === 'handoff') move('idle'); // a member handed the conversation back
      const permissions = await getAgentPermissions({ ctx: t });
      const toolSession = { id: session.id, conversationId: conversation.id, customerId: conversation.person_id };
      let callIndex = 0;
      const outcome = await input.brain.respond({
        text: message.text ?? '',
        memory: { ...memory, state },
        maxFailedTurns: config.AGENT_MAX_FAILED_TURNS,
        callTool: (tool, args) =>
          executeTool({
            ctx: t,
            input: {
              tool,
              args,
              session: toolSession,
              inboundMessageId: message.id,
              callIndex: callIndex++,
              permissions,
              config,
            },
          }),
      });
      for (const step of outcome.path) move(step);
      memory = { state, draftOrderId: outcome.draftOrderId, failedTurns: outcome.failedTurns, locale: outcome.locale };
      if (outcome.reply)
        reply = await sendMessage({
          ctx: { ...t, actor: AGENT_ACTOR },
          input: {
            conversationId: conversation.id,
            text: outcome.reply.slice(0, config.CONVERSATIONS_MESSAGE_MAX_CHARS),
            maxChars: config.CONVERSATIONS_MESSAGE_MAX_CHARS,
          },
        });
    }

    await saveSession(t, session.id, { ...memory, state, at: now });
    if (reply) await t.tx.update(turns).set({ replyMessageId: reply.id }).where(eq(turns.id, turnId));
    for (const m of moves)
      await publish(t, sessionTransitioned, {
        aggregateId: conversation.id,
        payload: {
          session_id: session.id,
          conversation_id: conversation.id,
          from: m.from,
          to: m.to,
          inbound_message_id: message.id,
        },
      });
  });
}
