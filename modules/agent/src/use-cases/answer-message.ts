import type { Config } from '@nexova/config';
import { getMessage, type Message } from '@nexova/conversations';
import { type AppContext, type AuditWriter, withTransaction } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import type { AgentBrain, BrainOutcome } from '../brain/agent-brain';
import { OfflineBrain } from '../brain/offline-brain';
import { type ClaimedTurn, claimDueTurns, finishTurn } from '../db/turn-store';
import { closeTurn } from './close-turn';
import { executeTool } from './execute-tool';
import { queueTurn } from './queue-turn';
import { readTurn } from './read-turn';

/** What the runtime hears of turns: for logs and metrics. */
export type TurnObserver = {
  /** A model turn answered by the offline brain: the workspace spent its month's tokens. */
  overBudget?(info: { workspaceId: string; used: number; budget: number }): void;
  /** A turn that threw (the database, a tool timeout): it stays thinking and is taken over once stale. */
  failed?(info: { workspaceId: string; turnId: string; error: unknown }): void;
};

export type TurnDeps = { brain: AgentBrain; config: Config; observe?: TurnObserver; audit?: AuditWriter; now?: Date };

const offline = new OfflineBrain();

/**
 * Answers one claimed turn in three steps, so no transaction spans the brain (a model call takes
 * seconds: a transaction held that long would hold the session's lock and a pooled connection):
 * readTurn reads what the brain needs (one short transaction); the brain runs outside any, each tool
 * committed by executeTool in its own (idempotent on message, tool and call index, so a turn taken
 * over after a crash gets the stored results); closeTurn moves the session, queues the reply and
 * marks the turn done in one commit. Over the workspace's token budget the offline brain answers.
 */
export async function answerTurn({ ctx, input }: { ctx: AppContext; input: TurnDeps & { turn: ClaimedTurn } }) {
  if (ctx.tx) throw new Error('An agent turn runs outside any transaction (the brain may call a model).');
  const now = input.now ?? new Date();
  const message = await getMessage({ ctx, input: { messageId: input.turn.inboundMessageId } }).catch((error) => {
    if (error instanceof NotFoundError) return null; // erased since (privacy): nothing left to answer
    throw error;
  });
  if (!message) {
    await withTransaction(ctx, (t) =>
      finishTurn(t, input.turn, { brain: input.brain.kind, inputTokens: 0, outputTokens: 0 }),
    );
    return;
  }
  const claim = await readTurn({
    ctx,
    input: { turn: input.turn, message, config: input.config, now, metered: input.brain.kind === 'llm' },
  });
  let brain = input.brain;
  if (claim.overBudget) {
    input.observe?.overBudget?.({ workspaceId: ctx.workspaceId ?? '', ...claim.overBudget });
    brain = offline;
  }
  let outcome: BrainOutcome | null = null;
  if (!claim.humans) {
    const toolSession = { id: claim.sessionId, conversationId: claim.conversationId, customerId: claim.personId };
    let callIndex = 0;
    outcome = await brain.respond({
      text: message.text ?? '',
      inbound: {
        messageId: message.id,
        kind: message.kind,
        replyId: typeof message.content.reply_id === 'string' ? message.content.reply_id : null,
        mediaStatus: message.media?.status ?? null,
      },
      memory: claim.memory,
      history: claim.history,
      workspaceName: claim.workspaceName,
      maxFailedTurns: input.config.AGENT_MAX_FAILED_TURNS,
      callTool: (tool, args) =>
        executeTool({
          ctx,
          input: {
            tool,
            args,
            session: toolSession,
            inboundMessageId: message.id,
            callIndex: callIndex++,
            permissions: claim.permissions,
            config: input.config,
            audit: input.audit,
          },
        }),
    });
  }
  await closeTurn({
    ctx,
    input: { claim, outcome, brain: brain.kind, config: input.config, now, inboundMessageId: message.id },
  });
}

export type AnswerMessageInput = TurnDeps & { message: Message };

/**
 * One inbound message answered now, in the caller's flow (outside any transaction): its turn
 * queued (once) and, unless it is done or another worker runs it, claimed and answered. A
 * redelivered message changes nothing. The inbound consumer only queues; the turns worker answers.
 */
export async function answerMessage({ ctx, input }: { ctx: AppContext; input: AnswerMessageInput }): Promise<void> {
  const { message, config } = input;
  if (message.direction !== 'inbound') return;
  const now = input.now ?? new Date();
  await queueTurn({ ctx, input: { message, now } });
  const [turn] = await withTransaction(ctx, (t) =>
    claimDueTurns(t, {
      now,
      staleBefore: new Date(now.getTime() - config.AGENT_TURN_STALE_SECONDS * 1000),
      batch: 1,
      only: message.id,
    }),
  );
  if (turn) await answerTurn({ ctx, input: { ...input, turn } });
}
