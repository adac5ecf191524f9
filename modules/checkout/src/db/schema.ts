import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Compensation } from '../domain/compensation';
import type { ShortLine } from '../domain/short-lines';

export const checkoutSchema = pgSchema('checkout');

/** One checkout saga per order: the order id is the saga id, so starting it twice finds this row. */
export const sagas = checkoutSchema
  .table(
    'sagas',
    {
      orderId: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      state: text().notNull(),
      // Runs of the saga: a stock_failed one may be started again once the draft is fixed.
      attempt: integer().notNull().default(1),
      // Chosen at the payment step (null until then: the request may leave it to the configured default).
      provider: text(),
      reservationId: uuid(),
      compensations: jsonb().$type<Compensation[]>().notNull().default([]),
      deadlineAt: timestamp({ withTimezone: true }).notNull(),
      // The reservation's own expiry: after the deadline, so the saga (not the sweeper) decides.
      holdUntil: timestamp({ withTimezone: true }).notNull(),
      lastError: text(),
      // stock_failed: the lines that were short (variant, sku, requested, available) when it failed.
      shortLines: jsonb().$type<ShortLine[]>(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: operators list the sagas stuck in a state (e.g. payment_pending) per workspace.
      index().on(t.workspaceId, t.state, t.updatedAt),
      check(
        'saga_state',
        sql`${t.state} in ('started','stock_reserved','payment_pending','payment_overdue','completed','stock_failed','payment_failed','canceled','timed_out')`,
      ),
      tenantPolicy('sagas_tenant'),
    ],
  )
  .enableRLS();

/** Every state change of a saga, in order, with the reason (the checkout's audit trail). */
export const sagaSteps = checkoutSchema
  .table(
    'saga_steps',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      orderId: uuid().notNull(),
      attempt: integer().notNull(),
      fromState: text(),
      toState: text().notNull(),
      reason: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: a saga's history, oldest first (UUIDv7 ids sort by time).
      index().on(t.workspaceId, t.orderId, t.id),
      tenantPolicy('saga_steps_tenant'),
    ],
  )
  .enableRLS();
