import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const conversationsSchema = pgSchema('conversations');

/**
 * A WhatsApp channel of the workspace: `kind` simulator | meta | infobip. `settings` holds what may be
 * shown (phone_number_id, base_url, sender); `secrets` the credentials as one JSON document, sealed
 * with NEXOVA_SECRET_KEY when it is set (never returned by the API).
 */
export const channels = conversationsSchema
  .table(
    'channels',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      kind: text().notNull(),
      name: text().notNull(),
      status: text().notNull().default('active'),
      settings: jsonb().$type<Record<string, string>>().notNull(),
      secrets: text().notNull(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      check('channel_kind', sql`${t.kind} in ('simulator', 'meta', 'infobip')`),
      check('channel_status', sql`${t.status} in ('active', 'disabled')`),
      index().on(t.workspaceId, t.id),
      tenantPolicy('channels_tenant'),
    ],
  )
  .enableRLS();

/**
 * Every verified webhook delivery, raw, as the provider sent it (audit and reprocessing). Why the
 * unique index: a provider redelivering the same body (same bytes) is recorded, and processed, once.
 */
export const webhookInbox = conversationsSchema
  .table(
    'webhook_inbox',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      channelId: uuid().notNull(),
      provider: text().notNull(),
      bodySha256: text().notNull(),
      payload: jsonb().notNull(),
      processedAt: timestamp({ withTimezone: true }),
      ...createdAtColumn(),
    },
    (t) => [
      uniqueIndex('webhook_inbox_body_idx').on(t.workspaceId, t.channelId, t.bodySha256),
      tenantPolicy('webhook_inbox_tenant'),
    ],
  )
  .enableRLS();

/** A conversation: one per person and channel; unread counts the contact's messages since a member read it. */
export const conversations = conversationsSchema
  .table(
    'conversations',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      channelId: uuid().notNull(),
      personId: uuid().notNull(),
      /** The contact's WhatsApp address (E.164) the channel answers to. */
      contactAddress: text().notNull(),
      status: text().notNull().default('open'),
      assigneeId: uuid(),
      /** Who answers the contact: the agent, or a member who took it over (the agent's queued messages are then never sent). */
      handledBy: text().notNull().default('agent'),
      /** Set while a handoff to a human is pending (requested, not yet taken or declined). */
      handoffRequestedAt: timestamp({ withTimezone: true }),
      unreadCount: integer().notNull().default(0),
      lastMessageAt: timestamp({ withTimezone: true }),
      lastMessagePreview: text(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      check('conversation_status', sql`${t.status} in ('open', 'pending', 'resolved')`),
      check('conversation_handled_by', sql`${t.handledBy} in ('agent', 'member')`),
      // Why: one conversation per person and channel; decides two first messages racing.
      uniqueIndex('conversations_person_channel_idx').on(t.workspaceId, t.channelId, t.personId),
      // Why: the inbox lists newest first (keyset on id).
      index().on(t.workspaceId, t.id),
      tenantPolicy('conversations_tenant'),
    ],
  )
  .enableRLS();

/**
 * A message in or out. Outbound ones are the send queue too: `status` queued with `nextAttemptAt`
 * set by the outbound consumer; the sender's claim makes them `sending` with `nextAttemptAt` at the
 * end of a lease (a sender that died mid-send leaves it due again once the lease ends).
 */
export const messages = conversationsSchema
  .table(
    'messages',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      conversationId: uuid().notNull(),
      channelId: uuid().notNull(),
      direction: text().notNull(),
      status: text().notNull(),
      authorType: text().notNull(),
      authorId: text(),
      kind: text().notNull(),
      text: text(),
      content: jsonb().$type<Record<string, unknown>>().notNull(),
      providerMessageId: text(),
      attempts: integer().notNull().default(0),
      nextAttemptAt: timestamp({ withTimezone: true }),
      error: text(),
      sentAt: timestamp({ withTimezone: true }),
      ...timestamps(),
    },
    (t) => [
      check('message_direction', sql`${t.direction} in ('inbound', 'outbound')`),
      check(
        'message_status',
        sql`${t.status} in ('received', 'queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'canceled')`,
      ),
      check('message_author_type', sql`${t.authorType} in ('contact', 'member', 'agent', 'system')`),
      // Why: the provider's id deduplicates redelivered webhooks and finds the message a receipt is about.
      uniqueIndex('messages_provider_id_idx')
        .on(t.workspaceId, t.channelId, t.providerMessageId)
        .where(sql`provider_message_id is not null`),
      // Why: a conversation's messages, keyset-paged on id.
      index().on(t.workspaceId, t.conversationId, t.id),
      // Why: the sender's due scan (queued, or sending with an expired lease).
      index('messages_due_idx').on(t.workspaceId, t.nextAttemptAt).where(sql`status in ('queued', 'sending')`),
      tenantPolicy('messages_tenant'),
    ],
  )
  .enableRLS();

/**
 * A conversation's handoff history: `requested` (by the agent's tool, a keyword, repeated failures or a
 * member), `taken` by a member, `returned` to the agent. Append-only.
 */
export const handoffs = conversationsSchema
  .table(
    'handoffs',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      conversationId: uuid().notNull(),
      kind: text().notNull(),
      source: text().notNull(),
      reason: text(),
      actorType: text().notNull(),
      actorId: text(),
      at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [
      check('handoff_kind', sql`${t.kind} in ('requested', 'taken', 'returned')`),
      check('handoff_source', sql`${t.source} in ('agent', 'keyword', 'failures', 'member')`),
      // Why: a conversation's history, keyset-paged on id.
      index().on(t.workspaceId, t.conversationId, t.id),
      tenantPolicy('handoffs_tenant'),
    ],
  )
  .enableRLS();

/**
 * The file a message carries. Inbound: the provider's reference (`source`: Meta's media id, Infobip's
 * URL, the simulator's bytes) waits `pending` for the media worker, which downloads it outside any
 * transaction (size-limited, type-checked), then `stored` (file_key under media/<workspace>/…) or
 * `failed` after its attempts. Outbound: a stored file a member sends (the id is the file id).
 */
export const messageMedia = conversationsSchema
  .table(
    'message_media',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      messageId: uuid(),
      channelId: uuid().notNull(),
      direction: text().notNull(),
      status: text().notNull(),
      source: jsonb().$type<Record<string, unknown>>().notNull(),
      attempts: integer().notNull().default(0),
      nextAttemptAt: timestamp({ withTimezone: true }),
      error: text(),
      fileKey: text(),
      contentType: text(),
      size: integer(),
      sha256: text(),
      filename: text(),
      ...timestamps(),
    },
    (t) => [
      check('media_direction', sql`${t.direction} in ('inbound', 'outbound')`),
      check('media_status', sql`${t.status} in ('pending', 'downloading', 'stored', 'failed')`),
      // Why: one file per message; the message view joins on it.
      uniqueIndex('message_media_message_idx').on(t.workspaceId, t.messageId),
      // Why: the media worker's due scan.
      index('message_media_due_idx')
        .on(t.workspaceId, t.nextAttemptAt)
        .where(sql`status in ('pending', 'downloading')`),
      index().on(t.workspaceId, t.id),
      tenantPolicy('message_media_tenant'),
    ],
  )
  .enableRLS();
