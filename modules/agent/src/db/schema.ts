import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const agentSchema = pgSchema('agent');

/**
 * The agent's session of one conversation: where the order talk is (the state machine of
 * domain/session-machine), the draft order it builds, the failed turns in a row and the reply locale.
 */
export const sessions = agentSchema
  .table(
    'sessions',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      conversationId: uuid().notNull(),
      state: text().notNull().default('idle'),
      draftOrderId: uuid(),
      failedTurns: integer().notNull().default(0),
      locale: text(),
      lastActivityAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      check(
        'session_state',
        sql`${t.state} in ('idle', 'collecting_order', 'needs_details', 'awaiting_confirmation', 'executing', 'done', 'handoff')`,
      ),
      uniqueIndex().on(t.workspaceId, t.conversationId),
      tenantPolicy('sessions_tenant'),
    ],
  )
  .enableRLS();

/**
 * One turn per inbound message: the agent answers a message once (a redelivered event finds its
 * row and does nothing), with the reply it sent.
 */
export const turns = agentSchema
  .table(
    'turns',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      sessionId: uuid().notNull(),
      inboundMessageId: uuid().notNull(),
      replyMessageId: uuid(),
      ...createdAtColumn(),
    },
    (t) => [uniqueIndex().on(t.workspaceId, t.inboundMessageId), tenantPolicy('turns_tenant')],
  )
  .enableRLS();

/**
 * Every tool the agent ran: input, output or error, how long it took, for which inbound message.
 * (inbound message, tool, call index) is the idempotency key: the same call again answers the
 * stored result instead of running the use-case twice.
 */
export const toolExecutions = agentSchema
  .table(
    'tool_executions',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      sessionId: uuid().notNull(),
      inboundMessageId: uuid().notNull(),
      tool: text().notNull(),
      callIndex: integer().notNull(),
      input: jsonb().notNull(),
      output: jsonb(),
      error: jsonb().$type<{ code: string; message: string }>(),
      durationMs: integer().notNull(),
      ...createdAtColumn(),
    },
    (t) => [
      uniqueIndex().on(t.workspaceId, t.inboundMessageId, t.tool, t.callIndex),
      tenantPolicy('tool_executions_tenant'),
    ],
  )
  .enableRLS();

/** What the agent may do in the workspace (its role): grants an admin changes; no row = the tools' own. */
export const settings = agentSchema
  .table(
    'settings',
    {
      workspaceId: uuid().primaryKey(),
      permissions: jsonb().$type<string[]>().notNull(),
      ...versionColumn(),
      ...timestamps(),
    },
    () => [tenantPolicy('settings_tenant')],
  )
  .enableRLS();
