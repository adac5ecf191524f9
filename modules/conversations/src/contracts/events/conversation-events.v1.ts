import { defineEvent } from '@nexova/events';
import { z } from 'zod';
import { conversationSchema, messageSchema } from '../conversation';
import { handoffSchema } from '../handoff';

// Conversations' facts. message.created and conversation.updated are what the realtime feed (/ws)
// streams to the inbox; webhook.received and message.queued drive the module's own consumers.

export const webhookReceived = defineEvent({
  type: 'conversations.webhook.received',
  version: 1,
  aggregate: 'channel',
  permission: 'channels:manage',
  description: "A provider's verified webhook was stored in the inbox; the conversations.inbound consumer reads it.",
  payload: z.object({ inbox_id: z.string().uuid(), channel_id: z.string().uuid(), provider: z.string() }),
});

export const messageCreated = defineEvent({
  type: 'conversations.message.created',
  version: 1,
  aggregate: 'conversation',
  description: 'A message joined a conversation: one received from the contact, or one written to be sent.',
  payload: messageSchema,
});

export const messageStatusChanged = defineEvent({
  type: 'conversations.message.status_changed',
  version: 1,
  aggregate: 'conversation',
  description:
    'An outbound message was sent, delivered, read (provider receipts), failed, or canceled (an agent message of a conversation a member took over).',
  payload: z.object({
    message_id: z.string().uuid(),
    conversation_id: z.string().uuid(),
    status: messageSchema.shape.status,
    error: z.string().nullable(),
  }),
});

export const messageQueued = defineEvent({
  type: 'conversations.message.queued',
  version: 1,
  aggregate: 'conversation',
  description: 'An outbound message waits to be sent; the conversations.outbound consumer hands it to the sender.',
  payload: z.object({
    message_id: z.string().uuid(),
    conversation_id: z.string().uuid(),
    channel_id: z.string().uuid(),
  }),
});

export const conversationUpdated = defineEvent({
  type: 'conversations.conversation.updated',
  version: 1,
  aggregate: 'conversation',
  description:
    'A conversation was started or changed: a new message, its status, assignee, unread count or who handles it.',
  payload: conversationSchema,
});

const handoffPayload = z.object({ handoff: handoffSchema, conversation: conversationSchema });

export const handoffRequested = defineEvent({
  type: 'conversations.handoff.requested',
  version: 1,
  aggregate: 'conversation',
  description:
    'A human was asked for (the agent, a keyword, repeated failures or a member): the inbox shows it waiting to be taken over.',
  payload: handoffPayload,
});

export const handoffTaken = defineEvent({
  type: 'conversations.handoff.taken',
  version: 1,
  aggregate: 'conversation',
  description: 'A member took the conversation over: the agent stops and its queued messages are never sent.',
  payload: handoffPayload,
});

export const handoffReturned = defineEvent({
  type: 'conversations.handoff.returned',
  version: 1,
  aggregate: 'conversation',
  description: 'The conversation went back to the agent (or a pending request was declined).',
  payload: handoffPayload,
});

export const messageMediaUpdated = defineEvent({
  type: 'conversations.message.media_updated',
  version: 1,
  aggregate: 'conversation',
  description:
    "An inbound message's file was downloaded into the file store (media.status stored) or gave up (failed, media.error says why); the payload is the message with its media (no URL).",
  payload: messageSchema,
});
