import type { TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import { eq } from 'drizzle-orm';
import type { MessageStatus } from '../contracts/conversation';
import { messageStatusChanged } from '../contracts/events/conversation-events.v1';
import { findMessageByProviderId } from '../db/conversation-store';
import { messages } from '../db/schema';
import type { StatusUpdate } from '../domain/inbound';
import { advances } from '../domain/message-status';

// A delivery or read receipt: moves our outbound message's status forward (never back: receipts come
// out of order and repeat) and publishes message.status_changed. Unknown ids are ignored.
export async function applyReceipt(t: TxContext, channelId: string, s: StatusUpdate): Promise<boolean> {
  const row = await findMessageByProviderId(t, channelId, s.providerMessageId);
  if (row?.direction !== 'outbound' || !advances(row.status as MessageStatus, s.status)) return false;
  await t.tx
    .update(messages)
    .set({ status: s.status, error: s.error, nextAttemptAt: null, updatedAt: new Date() })
    .where(eq(messages.id, row.id));
  await publish(t, messageStatusChanged, {
    aggregateId: row.conversationId,
    payload: { message_id: row.id, conversation_id: row.conversationId, status: s.status, error: s.error },
  });
  return true;
}
