import { notifyAfterCommit, type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, isNull } from 'drizzle-orm';
import { messages } from '../db/schema';
import { CONVERSATIONS_SEND_CHANNEL } from '../sender/channel';

export type EnqueueMessageInput = { messageId: string };

// The outbound consumer's work: makes a queued message due for the sender now and wakes it. Only a
// message never handed over is touched, so a redelivered message.queued never sends it again.
export async function enqueueMessage(t: TxContext, input: EnqueueMessageInput): Promise<boolean> {
  const rows = await t.tx
    .update(messages)
    .set({ nextAttemptAt: new Date() })
    .where(
      and(
        eq(messages.workspaceId, workspaceOf(t)),
        eq(messages.id, input.messageId),
        eq(messages.status, 'queued'),
        eq(messages.attempts, 0),
        isNull(messages.nextAttemptAt),
      ),
    )
    .returning({ id: messages.id });
  if (rows.length > 0) await notifyAfterCommit(t.tx, CONVERSATIONS_SEND_CHANNEL);
  return rows.length > 0;
}
