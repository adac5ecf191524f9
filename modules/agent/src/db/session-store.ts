import type { TxContext } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import type { SessionState } from '../domain/session-machine';
import { sessions } from './schema';

export type SessionRow = typeof sessions.$inferSelect;

/** The conversation's session, locked for this turn; created (IDLE) on its first message. */
export async function lockSession(t: TxContext, conversationId: string): Promise<SessionRow> {
  const workspaceId = t.workspaceId ?? '';
  await t.tx
    .insert(sessions)
    .values({ id: newId(), workspaceId, conversationId })
    .onConflictDoNothing({ target: [sessions.workspaceId, sessions.conversationId] });
  const [row] = await t.tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.workspaceId, workspaceId), eq(sessions.conversationId, conversationId)))
    .for('update');
  if (!row) throw new Error('session insert returned no row');
  return row;
}

export async function saveSession(
  t: TxContext,
  id: string,
  changes: { state: SessionState; draftOrderId: string | null; failedTurns: number; locale: string; at: Date },
): Promise<void> {
  await t.tx
    .update(sessions)
    .set({
      state: changes.state,
      draftOrderId: changes.draftOrderId,
      failedTurns: changes.failedTurns,
      locale: changes.locale,
      lastActivityAt: changes.at,
      version: sql`${sessions.version} + 1`,
      updatedAt: changes.at,
    })
    .where(eq(sessions.id, id));
}

export const toSessionView = (row: SessionRow) => ({
  id: row.id,
  conversation_id: row.conversationId,
  state: row.state as SessionState,
  draft_order_id: row.draftOrderId,
  failed_turns: row.failedTurns,
  locale: row.locale,
  last_activity_at: row.lastActivityAt.toISOString(),
  version: row.version,
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
});
