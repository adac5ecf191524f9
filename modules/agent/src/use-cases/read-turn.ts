import type { Config } from '@nexova/config';
import { getConversation, listHandoffs, listMessages, type Message } from '@nexova/conversations';
import { type AppContext, withTransaction } from '@nexova/db';
import { getWorkspace } from '@nexova/tenancy';
import type { BrainMemory, HistoryMessage } from '../brain/agent-brain';
import { agentLocale } from '../brain/locale';
import { type ClaimedTurn, ensureSession, monthOf, usageOf } from '../db/turn-store';
import { expireIfStale, type SessionState } from '../domain/session-machine';
import { budgetOf, settingsRow } from './agent-settings';
import { getAgentPermissions } from './get-agent-permissions';

/** What a claimed turn carries from its opening commit to the brain and the closing commit. */
export type TurnClaim = {
  turnId: string;
  claimedAt: Date;
  sessionId: string;
  conversationId: string;
  personId: string;
  /** A member waits for or handles the conversation: the agent stays quiet. */
  humans: boolean;
  memory: BrainMemory;
  permissions: readonly string[];
  history: HistoryMessage[];
  workspaceName: string;
  /** Model tokens of this month past the workspace's budget (only read for a model brain). */
  overBudget: { used: number; budget: number } | null;
  month: string;
};

export type ReadTurnInput = { turn: ClaimedTurn; message: Message; config: Config; metered: boolean; now: Date };

/** The state the session starts this turn in: idle after a timeout, idle again when handed back by a member. */
export function startingState(
  row: { state: string; draftOrderId: string | null; lastActivityAt: Date },
  humans: boolean,
  now: Date,
  timeoutMs: number,
): { state: SessionState; draftOrderId: string | null } {
  const stale = expireIfStale(row.state as SessionState, row.lastActivityAt, now, timeoutMs);
  let state = stale.state;
  if (humans) state = 'handoff';
  else if (state === 'handoff') state = 'idle';
  return { state, draftOrderId: stale.expired ? null : row.draftOrderId };
}

/**
 * What the brain of a claimed turn reads, in one short transaction: the session (after a timeout,
 * IDLE; handed back by a member, IDLE), the conversation (a member waiting or in charge: the agent
 * stays quiet), the workspace's name and locale, the agent's grants, the budget (a model brain
 * only) and the conversation's recent history.
 */
export async function readTurn({ ctx, input }: { ctx: AppContext; input: ReadTurnInput }): Promise<TurnClaim> {
  const { message, config, now, turn } = input;
  return withTransaction(ctx, async (t) => {
    const session = await ensureSession(t, message.conversation_id);
    const conversation = await getConversation({ ctx: t, input: { conversationId: message.conversation_id } });
    // Held by a member now, or when the message came: a message that arrived before the latest
    // return to the agent was the member's to answer (the worker may run its turn after the return).
    const [latest] = (await listHandoffs({ ctx: t, input: { conversationId: conversation.id, limit: 1 } })).items;
    // Ids are time-ordered (UUIDv7, stamped when stored); the provider's timestamp has only seconds.
    const returnedSince = latest?.kind === 'returned' && latest.id > message.id;
    const humans = conversation.handled_by === 'member' || conversation.handoff_requested_at !== null || returnedSince;
    const workspace = await getWorkspace({ ctx: t });
    const start = startingState(session, humans, now, config.AGENT_SESSION_TIMEOUT_MINUTES * 60_000);
    const month = monthOf(now);
    const claim: TurnClaim = {
      turnId: turn.turnId,
      claimedAt: turn.claimedAt,
      sessionId: session.id,
      conversationId: conversation.id,
      personId: conversation.person_id,
      humans,
      memory: {
        ...start,
        failedTurns: session.failedTurns,
        locale: agentLocale(session.locale ?? workspace.settings.locale),
      },
      permissions: [],
      history: [],
      workspaceName: workspace.name,
      overBudget: null,
      month,
    };
    if (humans) return claim;
    claim.permissions = await getAgentPermissions({ ctx: t });
    if (!input.metered) return claim;
    const budget = budgetOf(await settingsRow(t), config.AGENT_MONTHLY_TOKEN_BUDGET ?? null);
    if (budget !== null) {
      const used = (await usageOf(t, month)).reduce((n, u) => n + u.inputTokens + u.outputTokens, 0);
      if (used >= budget) return { ...claim, overBudget: { used, budget } };
    }
    const page = await listMessages({
      ctx: t,
      input: { conversationId: conversation.id, limit: config.AGENT_HISTORY_MESSAGES + 1 },
    });
    claim.history = page.items
      .filter((m) => m.id !== message.id && m.id < message.id && m.text)
      .slice(0, config.AGENT_HISTORY_MESSAGES)
      .reverse()
      .map((m) => ({ from: m.direction === 'inbound' ? 'customer' : 'shop', text: m.text ?? '' }));
    return claim;
  });
}
