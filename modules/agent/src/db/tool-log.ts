import type { TxContext } from '@nexova/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { toolExecutions } from './schema';

/**
 * The output of the newest successful run of `tool` in a session (the agent's own log): what the
 * customer was last shown, e.g. the numbered slots of find_slots a later "2" picks from.
 */
export async function lastToolOutput(t: TxContext, sessionId: string, tool: string): Promise<unknown | null> {
  const [row] = await t.tx
    .select({ output: toolExecutions.output })
    .from(toolExecutions)
    .where(
      and(
        eq(toolExecutions.workspaceId, t.workspaceId ?? ''),
        eq(toolExecutions.sessionId, sessionId),
        eq(toolExecutions.tool, tool),
        isNull(toolExecutions.error),
      ),
    )
    .orderBy(desc(toolExecutions.createdAt), desc(toolExecutions.id))
    .limit(1);
  return row?.output ?? null;
}
