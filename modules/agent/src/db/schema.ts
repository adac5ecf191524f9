import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import {
  bigint,
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
 * row and does nothing), with the reply it sent. The inbound consumer queues it (`queued`); the
 * turns worker claims it (`thinking`, `claimedAt`), runs the brain outside any transaction and
 * marks it `done` in the closing commit. A turn thinking longer than AGENT_TURN_STALE_SECONDS (its
 * worker died) is claimed again. Rows from before (answered in one commit) default to done.
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
      status: text().notNull().default('done'),
      claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
      /** offline or llm: who answered (llm over budget is answered offline). */
      brain: text(),
      inputTokens: integer().notNull().default(0),
      outputTokens: integer().notNull().default(0),
      ...createdAtColumn(),
    },
    (t) => [
      check('turn_status', sql`${t.status} in ('queued', 'thinking', 'done')`),
      uniqueIndex().on(t.workspaceId, t.inboundMessageId),
      // The turns worker's sweep: only the few turns not done yet, oldest first.
      index('turns_due_index').on(t.workspaceId, t.claimedAt).where(sql`${t.status} <> 'done'`),
      tenantPolicy('turns_tenant'),
    ],
  )
  .enableRLS();

/**
 * Model tokens per workspace, month (YYYY-MM, UTC), provider and model: what the budget is checked
 * against and GET /agent/usage reads. One row per bucket, added to by each turn's closing commit.
 */
export const usage = agentSchema
  .table(
    'usage',
    {
      workspaceId: uuid().notNull(),
      month: text().notNull(),
      provider: text().notNull(),
      model: text().notNull(),
      inputTokens: bigint({ mode: 'number' }).notNull().default(0),
      outputTokens: bigint({ mode: 'number' }).notNull().default(0),
      calls: integer().notNull().default(0),
      ...timestamps(),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.month, t.provider, t.model] }),
      check('usage_month', sql`${t.month} ~ '^[0-9]{4}-[0-9]{2}$'`),
      tenantPolicy('usage_tenant'),
    ],
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

/**
 * What the agent may do in the workspace (its role): grants an admin changes; no row = the tools'
 * own. `budget` null: the monthly token budget of the config (AGENT_MONTHLY_TOKEN_BUDGET); set, the
 * workspace's own (`monthly_tokens` null = unlimited).
 */
export const settings = agentSchema
  .table(
    'settings',
    {
      workspaceId: uuid().primaryKey(),
      permissions: jsonb().$type<string[]>().notNull(),
      budget: jsonb().$type<{ monthly_tokens: number | null }>(),
      ...versionColumn(),
      ...timestamps(),
    },
    () => [tenantPolicy('settings_tenant')],
  )
  .enableRLS();
