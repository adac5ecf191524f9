import type { Config } from '@nexova/config';
import { type Message, sendMessage } from '@nexova/conversations';
import { type AppContext, withSavepoint, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { AppError } from '@nexova/kernel';
import type { BrainOutcome } from '../brain/agent-brain';
import { sessionTransitioned } from '../contracts/events/agent-events.v1';
import { lockSession, saveSession } from '../db/session-store';
import { addUsage, finishTurn, setTurnReply } from '../db/turn-store';
import { canTransition, type SessionState, type Transition, transition } from '../domain/session-machine';
import { AGENT_ACTOR } from './execute-tool';
import type { TurnClaim } from './read-turn';
import { startingState } from './read-turn';

export type CloseTurnInput = {
  claim: TurnClaim;
  /** Null: the agent stayed quiet (a member owns the conversation). */
  outcome: BrainOutcome | null;
  brain: 'offline' | 'llm';
  config: Config;
  now: Date;
  inboundMessageId: string;
};

/**
 * Phase 3 of a turn, one commit: the session locked and moved through its guarded states
 * (agent.session.transitioned per move; a step the machine forbids from where a concurrent turn
 * left it is skipped), the reply queued with sendMessage as the agent (not when a member took the
 * conversation meanwhile), the model tokens added to the month's usage, the turn marked done. A
 * turn someone else took over (stale) or finished changes nothing.
 */
export async function closeTurn({ ctx, input }: { ctx: AppContext; input: CloseTurnInput }): Promise<void> {
  const { claim, outcome, config, now } = input;
  await withTransaction(ctx, async (t) => {
    const session = await lockSession(t, claim.conversationId);
    const usage = outcome?.usage ?? [];
    const tokens = (k: 'inputTokens' | 'outputTokens') => usage.reduce((n, u) => n + u[k], 0);
    const mine = await finishTurn(t, claim, {
      brain: input.brain,
      inputTokens: tokens('inputTokens'),
      outputTokens: tokens('outputTokens'),
    });
    if (!mine) return;

    const moves: Transition[] = [];
    let state = session.state as SessionState;
    const move = (to: SessionState) => {
      if (to === state || !canTransition(state, to)) return;
      moves.push(transition(state, to));
      state = to;
    };
    const start = startingState(session, claim.humans, now, config.AGENT_SESSION_TIMEOUT_MINUTES * 60_000);
    move(start.state);
    let memory = { draftOrderId: start.draftOrderId, failedTurns: session.failedTurns, locale: claim.memory.locale };
    let reply: Message | null = null;
    if (outcome) {
      for (const step of outcome.path) move(step);
      memory = { draftOrderId: outcome.draftOrderId, failedTurns: outcome.failedTurns, locale: outcome.locale };
      if (outcome.reply) reply = await queueReply(t, claim.conversationId, outcome.reply, config);
      if (!reply && outcome.reply) move('handoff'); // a member took the conversation while the agent thought
    }
    if (usage.length) await addUsage(t, claim.month, usage, now);
    await saveSession(t, session.id, { ...memory, state, at: now });
    if (reply) await setTurnReply(t, claim.turnId, reply.id);
    for (const m of moves)
      await publish(t, sessionTransitioned, {
        aggregateId: claim.conversationId,
        payload: {
          session_id: session.id,
          conversation_id: claim.conversationId,
          from: m.from,
          to: m.to,
          inbound_message_id: input.inboundMessageId,
        },
      });
  });
}

/** The reply as the agent; null when a member handles the conversation now (sendMessage refuses). */
async function queueReply(ctx: AppContext, conversationId: string, text: string, config: Config) {
  try {
    return await withSavepoint({ ...ctx, actor: AGENT_ACTOR }, (s) =>
      sendMessage({
        ctx: s,
        input: {
          conversationId,
          text: text.slice(0, config.CONVERSATIONS_MESSAGE_MAX_CHARS),
          maxChars: config.CONVERSATIONS_MESSAGE_MAX_CHARS,
        },
      }),
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'conversation_handled_by_member') return null;
    throw error;
  }
}
