import { type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import type { Handoff, HandoffKind, HandoffSource } from '../contracts/handoff';
import { handoffs } from './schema';

export type HandoffRow = typeof handoffs.$inferSelect;

export const toHandoff = (r: HandoffRow): Handoff => ({
  id: r.id,
  conversation_id: r.conversationId,
  kind: r.kind as HandoffKind,
  source: r.source as HandoffSource,
  reason: r.reason,
  actor_type: r.actorType as Handoff['actor_type'],
  actor_id: r.actorId,
  at: r.at.toISOString(),
});

/** Appends one move to a conversation's handoff history, by the transaction's actor. */
export async function insertHandoff(
  t: TxContext,
  input: { conversationId: string; kind: HandoffKind; source: HandoffSource; reason: string | null; at: Date },
): Promise<Handoff> {
  const [row] = await t.tx
    .insert(handoffs)
    .values({
      id: newId(),
      workspaceId: workspaceOf(t),
      conversationId: input.conversationId,
      kind: input.kind,
      source: input.source,
      reason: input.reason,
      actorType: t.actor.type === 'anonymous' ? 'system' : t.actor.type,
      actorId: t.actor.id,
      at: input.at,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toHandoff(row);
}
