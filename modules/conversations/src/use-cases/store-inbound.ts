import { createHash } from 'node:crypto';
import type { TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { webhookReceived } from '../contracts/events/conversation-events.v1';
import { webhookInbox } from '../db/schema';

export type InboundDelivery = {
  workspaceId: string;
  channelId: string;
  provider: string;
  /** What makes two deliveries the same one (the raw body, or the simulator's client id). */
  identity: string | Buffer;
  payload: object;
};

/**
 * Stores a delivery in the webhook inbox and publishes conversations.webhook.received with it, in
 * the caller's transaction: the inbound consumer takes it from there. A delivery already stored
 * (the same identity) stores and publishes nothing: null.
 */
export async function storeInbound(t: TxContext, d: InboundDelivery): Promise<string | null> {
  const [row] = await t.tx
    .insert(webhookInbox)
    .values({
      id: newId(),
      workspaceId: d.workspaceId,
      channelId: d.channelId,
      provider: d.provider,
      bodySha256: createHash('sha256').update(d.identity).digest('hex'),
      payload: d.payload,
    })
    .onConflictDoNothing()
    .returning({ id: webhookInbox.id });
  if (!row) return null;
  await publish(t, webhookReceived, {
    aggregateId: d.channelId,
    payload: { inbox_id: row.id, channel_id: d.channelId, provider: d.provider },
  });
  return row.id;
}
