import type { Message } from '@nexova/conversations';
import type { AppContext } from '@nexova/db';
import { notifyAfterCommit, type TxContext, withTransaction } from '@nexova/db';
import { ensureSession, insertTurn } from '../db/turn-store';

/** Woken (after the commit) when a turn is queued: the turns worker claims it at once. */
export const AGENT_TURNS_CHANNEL = 'nexova_agent_turns';

export type QueueTurnInput = { message: Message; now?: Date };

// Records that an inbound message needs an answer (a turn `queued`), once per message: a
// redelivered event finds its turn and queues nothing. No brain here: it runs in the turns worker,
// outside any transaction. True when this call queued it.
export async function queueTurn({ ctx, input }: { ctx: AppContext; input: QueueTurnInput }): Promise<boolean> {
  if (input.message.direction !== 'inbound') return false;
  return withTransaction(ctx, async (t: TxContext) => {
    const session = await ensureSession(t, input.message.conversation_id);
    const turn = await insertTurn(t, {
      sessionId: session.id,
      inboundMessageId: input.message.id,
      at: input.now ?? new Date(),
    });
    if (turn) await notifyAfterCommit(t.tx, AGENT_TURNS_CHANNEL);
    return turn !== null;
  });
}
