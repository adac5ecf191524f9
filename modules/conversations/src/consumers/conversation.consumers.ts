import { customerMerged, personErased } from '@nexova/customers';
import { defineConsumer } from '@nexova/events';
import { messageQueued, webhookReceived } from '../contracts/events/conversation-events.v1';
import { enqueueMessage } from '../use-cases/enqueue-message';
import { eraseConversationPeople } from '../use-cases/erase-conversation-people';
import { mergeConversationPeople } from '../use-cases/merge-conversation-people';
import { processWebhook } from '../use-cases/process-webhook';

/** Normalises each stored provider webhook into messages and receipts (once per inbox row). */
export const inboundConsumer = defineConsumer({
  name: 'conversations.inbound',
  events: [webhookReceived],
  async handle({ ctx, event }) {
    await processWebhook(ctx, { inboxId: event.payload.inbox_id });
  },
});

/**
 * Hands each queued outbound message to the sender worker (which calls the provider outside any
 * transaction). The seam for later slices: the agent's replies are queued the same way.
 */
export const outboundConsumer = defineConsumer({
  name: 'conversations.outbound',
  events: [messageQueued],
  async handle({ ctx, event }) {
    await enqueueMessage(ctx, { messageId: event.payload.message_id });
  },
});

/** Two people became one: their conversations become the survivor's (one per channel). */
export const customerMergedConsumer = defineConsumer({
  name: 'conversations.customer-merged',
  events: [customerMerged],
  async handle({ ctx, event }) {
    const { merged_id, survivor_id } = event.payload;
    await mergeConversationPeople(ctx, { survivorPersonId: survivor_id, mergedPersonId: merged_id });
  },
});

/** A person was erased: their messages, media and raw deliveries go; the conversation keeps its shape. */
export const personErasedConsumer = defineConsumer({
  name: 'conversations.person-erased',
  events: [personErased],
  async handle({ ctx, event }) {
    await eraseConversationPeople(ctx, { personIds: event.payload.erased_ids });
  },
});
