import { z } from 'zod';

// Conversations and their messages as the API and the realtime feed show them.

export const CONVERSATION_STATUSES = ['open', 'pending', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export const HANDLERS = ['agent', 'member'] as const;
export type Handler = (typeof HANDLERS)[number];
export const MESSAGE_KINDS = [
  'text',
  'image',
  'document',
  'audio',
  'video',
  'sticker',
  'location',
  'interactive',
  'reaction',
  'template',
  'unsupported',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const MESSAGE_STATUSES = [
  'received',
  'queued',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'canceled',
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const conversationSchema = z
  .object({
    id: z.string().uuid(),
    channel_id: z.string().uuid(),
    person_id: z.string().uuid().describe('The person of the directory (the same id as the customer).'),
    contact_address: z.string().describe('The WhatsApp number the channel answers to (E.164).'),
    status: z.enum(CONVERSATION_STATUSES),
    assignee_id: z.string().uuid().nullable().describe('The member (user id) it is assigned to.'),
    handled_by: z
      .enum(HANDLERS)
      .describe('Who answers the contact: the agent, or a member who took it over (the agent then stays silent).'),
    handoff_requested_at: z
      .string()
      .nullable()
      .describe('When a handoff to a human was requested and is still waiting for a member to take it over.'),
    unread_count: z.number().int().describe("The contact's messages since a member last read it."),
    last_message_at: z.string().nullable(),
    last_message_preview: z.string().nullable(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-222222222222',
      channel_id: '0190f1c2-7d3a-7b41-9e4c-111111111111',
      person_id: '0190f1c2-7d3a-7b41-9e4c-dddddddddddd',
      contact_address: '+5511987654321',
      status: 'open',
      assignee_id: null,
      handled_by: 'agent',
      handoff_requested_at: null,
      unread_count: 1,
      last_message_at: '2026-11-28T10:01:00.000Z',
      last_message_preview: 'Oi, vocês têm a camiseta M?',
      version: 2,
      created_at: '2026-11-28T10:01:00.000Z',
      updated_at: '2026-11-28T10:01:00.000Z',
    },
  });
export type Conversation = z.infer<typeof conversationSchema>;

export const MEDIA_STATUSES = ['pending', 'downloading', 'stored', 'failed'] as const;
export type MediaStatus = (typeof MEDIA_STATUSES)[number];

export const messageMediaSchema = z
  .object({
    id: z.string().uuid().describe('The file id (send it again with `media.file_id`).'),
    status: z
      .enum(MEDIA_STATUSES)
      .describe('pending/downloading: being fetched from the provider; stored: in the file store; failed: see error.'),
    content_type: z.string().nullable(),
    size: z.number().int().nullable().describe('Bytes.'),
    sha256: z.string().nullable(),
    filename: z.string().nullable(),
    error: z.string().nullable().describe('Why the download failed (too large, type not allowed, provider error).'),
    url: z.string().nullable().describe('A signed, expiring download URL once stored (null in events).'),
    url_expires_at: z.string().nullable(),
  })
  .describe('The file an image, document, audio or video message carries.');
export type MessageMedia = z.infer<typeof messageMediaSchema>;

export const messageSchema = z
  .object({
    id: z.string().uuid(),
    conversation_id: z.string().uuid(),
    direction: z.enum(['inbound', 'outbound']),
    status: z
      .enum(MESSAGE_STATUSES)
      .describe('canceled: an agent’s message never sent because a member took the conversation over first.'),
    author_type: z.enum(['contact', 'member', 'agent', 'system']),
    author_id: z.string().nullable().describe('The member (user id) of an outbound message written by one.'),
    kind: z.enum(MESSAGE_KINDS),
    text: z.string().nullable().describe('The text, caption, reply title or emoji.'),
    content: z
      .record(z.string(), z.unknown())
      .describe('What the kind carries beyond text: media (provider media id or URL, mime type), location, reply id…'),
    provider_message_id: z.string().nullable(),
    error: z.string().nullable().describe('Why it failed, or why it was canceled.'),
    media: messageMediaSchema
      .nullable()
      .optional()
      .describe('The stored file of a media message (null for others; absent in events recorded before it existed).'),
    created_at: z.string(),
    sent_at: z.string().nullable(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-333333333333',
      conversation_id: '0190f1c2-7d3a-7b41-9e4c-222222222222',
      direction: 'inbound',
      status: 'received',
      author_type: 'contact',
      author_id: null,
      kind: 'text',
      text: 'Oi, vocês têm a camiseta M?',
      content: {},
      provider_message_id: 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDNzQ5',
      error: null,
      media: null,
      created_at: '2026-11-28T10:01:00.000Z',
      sent_at: null,
    },
  });
export type Message = z.infer<typeof messageSchema>;
