import { queryRows, type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { sessions, turns, usage } from './schema';

export type TurnRow = typeof turns.$inferSelect;

/** The conversation's session, created (IDLE) on its first message; read without a lock (the claim). */
export async function ensureSession(t: TxContext, conversationId: string): Promise<typeof sessions.$inferSelect> {
  const workspaceId = t.workspaceId ?? '';
  await t.tx
    .insert(sessions)
    .values({ id: newId(), workspaceId, conversationId })
    .onConflictDoNothing({ target: [sessions.workspaceId, sessions.conversationId] });
  const [row] = await t.tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.workspaceId, workspaceId), eq(sessions.conversationId, conversationId)));
  if (!row) throw new Error('session insert returned no row');
  return row;
}

/** A new turn `queued` for the message; null when the message already has one (a redelivery). */
export async function insertTurn(
  t: TxContext,
  values: { sessionId: string; inboundMessageId: string; at: Date },
): Promise<TurnRow | null> {
  const [row] = await t.tx
    .insert(turns)
    .values({
      id: newId(),
      workspaceId: t.workspaceId ?? '',
      status: 'queued',
      claimedAt: values.at,
      sessionId: values.sessionId,
      inboundMessageId: values.inboundMessageId,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export type ClaimedTurn = { turnId: string; claimedAt: Date; inboundMessageId: string; conversationId: string };

/**
 * Claims the workspace's due turns — queued, or thinking since before `staleBefore` (abandoned) —
 * at most one per session and none of a session with a turn still thinking (a conversation's
 * messages are answered in order), oldest first; `only` narrows it to one message. Skips rows
 * another worker holds.
 */
export async function claimDueTurns(
  t: TxContext,
  o: { now: Date; staleBefore: Date; batch: number; only?: string },
): Promise<ClaimedTurn[]> {
  const only = o.only ? sql`and t.inbound_message_id = ${o.only}` : sql``;
  const rows = await queryRows<{ id: string }>(
    t.tx,
    sql`select t.id from agent.turns t
        where t.workspace_id = ${workspaceOf(t)} and t.status <> 'done' ${only}
          and ((t.status = 'queued' and coalesce(t.claimed_at, '-infinity') <= ${o.now.toISOString()}::timestamptz)
            or (t.status = 'thinking' and t.claimed_at < ${o.staleBefore.toISOString()}::timestamptz))
          and not exists (select 1 from agent.turns b where b.workspace_id = t.workspace_id
            and b.session_id = t.session_id and b.status = 'thinking'
            and b.claimed_at >= ${o.staleBefore.toISOString()}::timestamptz)
          and not exists (select 1 from agent.turns e where e.workspace_id = t.workspace_id
            and e.session_id = t.session_id and e.status <> 'done' and e.id < t.id)
        order by t.claimed_at, t.id
        limit ${o.batch}
        for update of t skip locked`,
  );
  if (!rows.length) return [];
  return t.tx
    .update(turns)
    .set({ status: 'thinking', claimedAt: o.now })
    .where(
      inArray(
        turns.id,
        rows.map((r) => r.id),
      ),
    )
    .returning({ turnId: turns.id, claimedAt: turns.claimedAt, inboundMessageId: turns.inboundMessageId })
    .then(async (claimed) => {
      const bySession = await t.tx
        .select({ id: turns.id, conversationId: sessions.conversationId })
        .from(turns)
        .innerJoin(sessions, eq(sessions.id, turns.sessionId))
        .where(
          inArray(
            turns.id,
            claimed.map((c) => c.turnId),
          ),
        );
      const conversation = new Map(bySession.map((r) => [r.id, r.conversationId]));
      return claimed.map((c) => ({ ...c, conversationId: conversation.get(c.turnId) ?? '' }));
    });
}

/** Marks the turn done, if it is still this claim's (a turn taken over as stale is not). */
export async function finishTurn(
  t: TxContext,
  claim: { turnId: string; claimedAt: Date },
  done: { brain: string; inputTokens: number; outputTokens: number },
): Promise<boolean> {
  const rows = await t.tx
    .update(turns)
    .set({ status: 'done', ...done })
    .where(and(eq(turns.id, claim.turnId), eq(turns.status, 'thinking'), eq(turns.claimedAt, claim.claimedAt)))
    .returning({ id: turns.id });
  return rows.length > 0;
}

/**
 * Gives a failed claim back: the turn is queued again, not before `retryAt` (kept in claimed_at,
 * which a queued turn does not otherwise use). False when the claim is no longer this one's.
 */
export async function releaseTurn(
  t: TxContext,
  claim: { turnId: string; claimedAt: Date },
  retryAt: Date,
): Promise<boolean> {
  const rows = await t.tx
    .update(turns)
    .set({ status: 'queued', claimedAt: retryAt })
    .where(and(eq(turns.id, claim.turnId), eq(turns.status, 'thinking'), eq(turns.claimedAt, claim.claimedAt)))
    .returning({ id: turns.id });
  return rows.length > 0;
}

export async function setTurnReply(t: TxContext, turnId: string, replyMessageId: string): Promise<void> {
  await t.tx.update(turns).set({ replyMessageId }).where(eq(turns.id, turnId));
}

export type UsageBucket = { provider: string; model: string; inputTokens: number; outputTokens: number; calls: number };

/** Adds a turn's tokens to the workspace's month buckets. */
export async function addUsage(t: TxContext, month: string, buckets: UsageBucket[], at: Date): Promise<void> {
  for (const b of buckets)
    await t.tx
      .insert(usage)
      .values({ workspaceId: t.workspaceId ?? '', month, ...b })
      .onConflictDoUpdate({
        target: [usage.workspaceId, usage.month, usage.provider, usage.model],
        set: {
          inputTokens: sql`${usage.inputTokens} + excluded.input_tokens`,
          outputTokens: sql`${usage.outputTokens} + excluded.output_tokens`,
          calls: sql`${usage.calls} + excluded.calls`,
          updatedAt: at,
        },
      });
}

export async function usageOf(t: TxContext, month: string): Promise<UsageBucket[]> {
  return t.tx
    .select({
      provider: usage.provider,
      model: usage.model,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      calls: usage.calls,
    })
    .from(usage)
    .where(and(eq(usage.workspaceId, t.workspaceId ?? ''), eq(usage.month, month)))
    .orderBy(usage.provider, usage.model);
}

/** YYYY-MM of a moment, in UTC: the usage bucket. */
export const monthOf = (at: Date) => at.toISOString().slice(0, 7);
