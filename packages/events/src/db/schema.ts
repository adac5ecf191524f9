import { createdAtColumn, systemLogPolicy } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
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

export const events = pgSchema('events');

const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

// Row-level security of the tables that hold workspace data (event payloads, timer payloads). The
// system loops — outbox relay, consumers, timers, sweepers, the realtime feed — run with no
// workspace set and see every row; a transaction inside workspace A sees only A's rows (not B's,
// not workspace-less ones). Writing a workspace-less row (an identity event) is allowed anywhere.

/**
 * The transactional outbox and, on the embedded transport, the ordered event log. A row commits
 * with the change that caused it (publish() takes a transaction) or not at all.
 */
export const outbox = events
  .table(
    'outbox',
    {
      position: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
      id: uuid().notNull().unique(),
      type: text().notNull(),
      version: integer().notNull(),
      workspaceId: uuid(),
      aggregateType: text().notNull(),
      aggregateId: text().notNull(),
      actorType: text().notNull(),
      actorId: text(),
      requestId: text(),
      correlationId: text(),
      causationId: text(),
      occurredAt: timestamp({ withTimezone: true }).notNull(),
      payload: jsonb().notNull(),
      // The writing transaction's id: readers stop below this database's oldest running transaction
      // (horizon.ts) to never skip a row whose transaction commits after a later position was read.
      txid: xid8().notNull().default(sql`pg_current_xact_id()`),
    },
    (t) => [
      // Why: the realtime feed and the audit trail read one workspace's events in order.
      index().on(t.workspaceId, t.position),
      // Why: consumers and the relay read the log in (txid, position) order past their checkpoint.
      index().on(t.txid, t.position),
      // Why: the retention sweeper deletes by age.
      index().on(t.occurredAt),
      systemLogPolicy('outbox_workspace'),
    ],
  )
  .enableRLS();

/**
 * One row per consumer (and per relay): where it is in the log. The log is read in (txid, position)
 * order and only below this database's oldest running transaction (horizon.ts), so a row committed late
 * always sorts after the checkpoint and is never skipped.
 */
export const checkpoints = events.table('checkpoints', {
  consumer: text().primaryKey(),
  lastTxid: xid8().notNull().default(sql`'0'::xid8`),
  lastPosition: bigint({ mode: 'number' }).notNull().default(0),
  processed: bigint({ mode: 'number' }).notNull().default(0),
  lastProcessedAt: timestamp({ withTimezone: true }),
  lastError: text(),
  lastErrorAt: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** (consumer, event id) marks committed with the handler's effects: a redelivered event is skipped. */
export const inbox = events.table(
  'inbox',
  {
    consumer: text().notNull(),
    eventId: uuid().notNull(),
    processedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.consumer, t.eventId] }),
    // Why: the retention sweeper deletes by age.
    index().on(t.processedAt),
  ],
);

/**
 * Events a consumer must retry, and events queued behind them on the same aggregate (per-aggregate
 * order). The head of each (consumer, aggregate) queue is attempted once next_attempt_at passes.
 */
export const retries = events.table(
  'retries',
  {
    consumer: text().notNull(),
    eventId: uuid().notNull(),
    position: bigint({ mode: 'number' }).notNull(),
    txid: xid8().notNull(),
    aggregateKey: text().notNull(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    errors: jsonb().notNull().default(sql`'[]'::jsonb`),
    ...createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.consumer, t.eventId] }),
    // Why: finding the head of each aggregate's queue and whether an aggregate is blocked.
    index().on(t.consumer, t.aggregateKey, t.txid, t.position),
    // Why: due retries.
    index().on(t.consumer, t.nextAttemptAt),
  ],
);

/** Events a consumer gave up on after the maximum attempts, with every attempt's error. */
export const deadLetters = events.table(
  'dead_letters',
  {
    id: uuid().primaryKey(),
    consumer: text().notNull(),
    eventId: uuid().notNull(),
    eventType: text().notNull(),
    attempts: integer().notNull(),
    lastError: text().notNull(),
    errors: jsonb().notNull(),
    status: text().notNull().default('open'),
    failedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // Why: one dead letter per consumer and event; a replay that fails again reopens it.
    uniqueIndex().on(t.consumer, t.eventId),
    // Why: the DLQ list shows open letters newest first.
    index().on(t.status, t.failedAt),
  ],
);

/** Durable timers: fire as an event at `fire_at`, claimed with FOR UPDATE SKIP LOCKED. */
export const timers = events
  .table(
    'timers',
    {
      key: text().primaryKey(),
      fireAt: timestamp({ withTimezone: true }).notNull(),
      workspaceId: uuid(),
      eventType: text().notNull(),
      eventVersion: integer().notNull(),
      aggregateId: text().notNull(),
      payload: jsonb().notNull(),
      correlationId: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: due timers are claimed in time order.
      index().on(t.fireAt),
      systemLogPolicy('timers_workspace'),
    ],
  )
  .enableRLS();
