import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const webhooksSchema = pgSchema('webhooks');

/**
 * A URL of the workspace that receives its events (those matching `eventTypes`), signed with
 * `secret`. After a rotation `previousSecret` still signs until `previousSecretExpiresAt`.
 * `consecutiveFailures` / `failingSince` count attempts since the last success (auto-disabling).
 */
export const endpoints = webhooksSchema
  .table(
    'endpoints',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      url: text().notNull(),
      description: text(),
      eventTypes: jsonb().$type<string[]>().notNull(),
      enabled: boolean().notNull().default(true),
      disabledReason: text(),
      disabledAt: timestamp({ withTimezone: true }),
      secret: text().notNull(),
      previousSecret: text(),
      previousSecretExpiresAt: timestamp({ withTimezone: true }),
      consecutiveFailures: integer().notNull().default(0),
      failingSince: timestamp({ withTimezone: true }),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: the workspace's endpoints in id order (the list, and the fan-out of each event).
      index().on(t.workspaceId, t.id),
      check('endpoint_disabled_reason', sql`${t.disabledReason} in ('manual', 'failing', 'gone')`),
      tenantPolicy('endpoints_tenant'),
    ],
  )
  .enableRLS();

/**
 * One event (or ping) to send to one endpoint. `body` is the exact JSON sent (and signed) on every
 * attempt. `nextAttemptAt` is when a pending delivery is due — and, while one worker sends it, the
 * end of that worker's lease. Retries stop `WEBHOOKS_RETRY_WINDOW_HOURS` after `retryFrom`.
 */
export const deliveries = webhooksSchema
  .table(
    'deliveries',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      endpointId: uuid()
        .notNull()
        .references(() => endpoints.id, { onDelete: 'cascade' }),
      eventId: uuid().notNull(),
      eventType: text().notNull(),
      kind: text().notNull().default('event'),
      body: text().notNull(),
      status: text().notNull().default('pending'),
      attemptCount: integer().notNull().default(0),
      nextAttemptAt: timestamp({ withTimezone: true }),
      retryFrom: timestamp({ withTimezone: true }).notNull().defaultNow(),
      lastStatusCode: integer(),
      lastError: text(),
      deliveredAt: timestamp({ withTimezone: true }),
      ...timestamps(),
    },
    (t) => [
      // Why: one delivery per (endpoint, event): an event processed twice is sent once.
      uniqueIndex('deliveries_endpoint_event_idx').on(t.endpointId, t.eventId),
      // Why: an endpoint's delivery log, newest first, optionally by status.
      index().on(t.workspaceId, t.endpointId, t.id),
      // Why: the sender finds the pending deliveries that are due.
      index('deliveries_due_idx').on(t.workspaceId, t.nextAttemptAt).where(sql`status = 'pending'`),
      check('delivery_status', sql`${t.status} in ('pending', 'delivered', 'failed')`),
      check('delivery_kind', sql`${t.kind} in ('event', 'ping')`),
      tenantPolicy('deliveries_tenant'),
    ],
  )
  .enableRLS();

/** One HTTP attempt of a delivery: what the endpoint answered (or why nothing came back). */
export const attempts = webhooksSchema
  .table(
    'attempts',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      deliveryId: uuid()
        .notNull()
        .references(() => deliveries.id, { onDelete: 'cascade' }),
      attempt: integer().notNull(),
      statusCode: integer(),
      durationMs: integer().notNull(),
      error: text(),
      responseBody: text(),
      succeeded: boolean().notNull(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: a delivery's attempts in order.
      index().on(t.workspaceId, t.deliveryId, t.attempt),
      tenantPolicy('attempts_tenant'),
    ],
  )
  .enableRLS();
