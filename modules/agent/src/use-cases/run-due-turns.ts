import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { type ClaimedTurn, claimDueTurns, releaseTurn } from '../db/turn-store';
import { answerTurn, type TurnDeps } from './answer-message';

/** Failed claims a pass could not give back (the database was away): the next pass retries them. */
export type UnreleasedTurns = Map<string, { workspaceId: string; turn: ClaimedTurn }>;

export type RunDueTurnsInput = TurnDeps & { maxWorkspaces?: number; unreleased?: UnreleasedTurns };

/**
 * One pass of the turns worker (outside any transaction): for each workspace with due turns —
 * queued (and past their retry time), or thinking past AGENT_TURN_STALE_SECONDS — claims up to
 * AGENT_TURN_BATCH (one per conversation) and answers them concurrently. A turn that throws is
 * reported and queued again for AGENT_TURN_RETRY_SECONDS later (its tools answer their stored
 * results); when even that cannot be written (the database is away), the worker keeps the claim in
 * `unreleased` and gives it back on a later pass, so a database restart delays a turn by seconds,
 * not by the stale time. Answers how many turns it claimed.
 */
export async function runDueTurns({ ctx, input }: { ctx: AppContext; input: RunDueTurnsInput }): Promise<number> {
  if (ctx.tx) throw new Error('Agent turns run outside any transaction.');
  const now = input.now ?? new Date();
  const retryMs = input.config.AGENT_TURN_RETRY_SECONDS * 1000;
  const release = async (workspaceId: string, turn: ClaimedTurn) => {
    const scoped: AppContext = { ...ctx, workspaceId, tx: undefined };
    try {
      await withTransaction(scoped, (t) => releaseTurn(t, turn, new Date(Date.now() + retryMs)));
      input.unreleased?.delete(turn.turnId);
    } catch {
      input.unreleased?.set(turn.turnId, { workspaceId, turn });
    }
  };
  for (const { workspaceId, turn } of [...(input.unreleased?.values() ?? [])]) await release(workspaceId, turn);

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
        answerTurn({ ctx: scoped, input: { ...input, now, turn } }).catch(async (error: unknown) => {
          input.observe?.failed?.({ workspaceId: id, turnId: turn.turnId, error });
          await release(id, turn);
        }),
      ),
    );
  }
  return claimed;
}
