import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { claimDueTurns } from '../db/turn-store';
import { answerTurn, type TurnDeps } from './answer-message';

export type RunDueTurnsInput = TurnDeps & { maxWorkspaces?: number };

/**
 * One pass of the turns worker (outside any transaction): for each workspace with due turns —
 * queued, or thinking past AGENT_TURN_STALE_SECONDS — claims up to AGENT_TURN_BATCH (one per
 * conversation) and answers them concurrently. A turn that throws is reported and left thinking:
 * once stale, a later pass takes it over (its tools answer their stored results). Answers how many
 * turns it claimed.
 */
export async function runDueTurns({ ctx, input }: { ctx: AppContext; input: RunDueTurnsInput }): Promise<number> {
  if (ctx.tx) throw new Error('Agent turns run outside any transaction.');
  const now = input.now ?? new Date();
  const staleBefore = new Date(now.getTime() - input.config.AGENT_TURN_STALE_SECONDS * 1000);
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from agent.workspaces_with_due_turns(${staleBefore.toISOString()}::timestamptz, ${input.maxWorkspaces ?? 1000}) as id`,
  );
  let claimed = 0;
  for (const { id } of due) {
    const scoped: AppContext = { ...ctx, workspaceId: id, tx: undefined };
    const turns = await withTransaction(scoped, (t) =>
      claimDueTurns(t, { now, staleBefore, batch: input.config.AGENT_TURN_BATCH }),
    );
    claimed += turns.length;
    await Promise.all(
      turns.map((turn) =>
        answerTurn({ ctx: scoped, input: { ...input, now, turn } }).catch((error: unknown) =>
          input.observe?.failed?.({ workspaceId: id, turnId: turn.turnId, error }),
        ),
      ),
    );
  }
  return claimed;
}
