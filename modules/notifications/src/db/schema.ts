import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const notificationsSchema = pgSchema('notifications');

/** Per kind, which channels are on (a kind or channel left out keeps its default / the workspace's). */
/** A file sent with a mail: its name, its content (text, as a calendar invite is) and its type. */
export type MailAttachment = { filename: string; content: string; contentType: string };

export type ChannelSwitches = Record<string, { in_app?: boolean; email?: boolean }>;
/** Per customer kind: e-mail, WhatsApp, e-mail besides WhatsApp, the template's name (all optional). */
export type CustomerChannelSwitches = Record<
  string,
  { email?: boolean; whatsapp?: boolean; email_with_whatsapp?: boolean; template?: string }
>;

/**
 * One in-app notification of one member: what happened (`kind` + the `params` its title and body
 * are written from, in the reader's language at read time) and the event it came from.
 */
export const items = notificationsSchema
  .table(
    'items',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      userId: uuid().notNull(),
      kind: text().notNull(),
      params: jsonb().$type<Record<string, string | number | null>>().notNull(),
      sourceEventId: uuid().notNull(),
      sourceEventType: text().notNull(),
      readAt: timestamp({ withTimezone: true }),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: once per event and member — a redelivered event adds no second row.
      uniqueIndex('items_event_user_idx').on(t.workspaceId, t.sourceEventId, t.userId),
      // Why: a member's feed, newest first (ids are UUIDv7, so id order is time order).
      index('items_feed_idx').on(t.workspaceId, t.userId, t.id),
      // Why: the unread count and the unread filter read only unread rows.
      index('items_unread_idx').on(t.workspaceId, t.userId, t.id).where(sql`read_at is null`),
      tenantPolicy('items_tenant'),
    ],
  )
  .enableRLS();

/**
 * One notification e-mail to one member (`audience` member, `recipientId` their user id) or one
 * customer (`customer`, their person id), written (rendered) in the consumer's transaction and sent
 * by a worker outside any: claimed with a lease (`nextAttemptAt`), sent, then settled.
 */
export const mails = notificationsSchema
  .table(
    'mails',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      audience: text().notNull().default('member'),
      recipientId: uuid().notNull(),
      kind: text().notNull(),
      sourceEventId: uuid().notNull(),
      recipient: text().notNull(),
      subject: text().notNull(),
      body: text().notNull(),
      /** Files sent with the mail (an appointment reminder's .ics), content inline. */
      attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
      status: text().notNull().default('pending'),
      attemptCount: integer().notNull().default(0),
      nextAttemptAt: timestamp({ withTimezone: true }),
      lastError: text(),
      sentAt: timestamp({ withTimezone: true }),
      ...timestamps(),
    },
    (t) => [
      // Why: once per event and recipient — a redelivered event sends no second mail.
      uniqueIndex('mails_event_recipient_idx').on(t.workspaceId, t.sourceEventId, t.audience, t.recipientId),
      // Why: the sender finds the pending mails that are due.
      index('mails_due_idx').on(t.workspaceId, t.nextAttemptAt).where(sql`status = 'pending'`),
      check('mail_status', sql`${t.status} in ('pending', 'sent', 'failed')`),
      check('mail_audience', sql`${t.audience} in ('member', 'customer')`),
      tenantPolicy('mails_tenant'),
    ],
  )
  .enableRLS();

/** The workspace's switches: which kinds go out on which channel. No row: the defaults. */
export const workspaceSettings = notificationsSchema
  .table(
    'settings',
    {
      workspaceId: uuid().primaryKey(),
      channels: jsonb().$type<ChannelSwitches>().notNull(),
      /** Per customer-facing kind: e-mail, WhatsApp, both or one, and the WhatsApp template's name. */
      customerChannels: jsonb().$type<CustomerChannelSwitches>().notNull().default({}),
      ...versionColumn(),
      ...timestamps(),
    },
    () => [tenantPolicy('settings_tenant')],
  )
  .enableRLS();

/** A member's own overrides (a channel of a kind turned off, their language). No row: none. */
export const preferences = notificationsSchema
  .table(
    'preferences',
    {
      workspaceId: uuid().notNull(),
      userId: uuid().notNull(),
      channels: jsonb().$type<ChannelSwitches>().notNull(),
      locale: text(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), tenantPolicy('preferences_tenant')],
  )
  .enableRLS();

/**
 * One WhatsApp notice to one customer: the template message queued on their conversation
 * (`messageId`, conversations' message) for a source (an event id, an appointment id).
 */
export const customerMessages = notificationsSchema
  .table(
    'customer_messages',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      personId: uuid().notNull(),
      kind: text().notNull(),
      sourceId: uuid().notNull(),
      /** Set once the message is queued (the claim comes first, in the same transaction). */
      messageId: uuid(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: once per source and person — a redelivered event or a timer firing again queues no second message.
      uniqueIndex('customer_messages_source_idx').on(t.workspaceId, t.sourceId, t.personId),
      tenantPolicy('customer_messages_tenant'),
    ],
  )
  .enableRLS();
