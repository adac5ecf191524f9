import { tenantPolicy } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const insightsSchema = pgSchema('insights');

/**
 * The shop's figures per UTC hour and currency, kept by the insights.figures consumer from orders'
 * and payments' events: orders placed, and sales (money registered, less money voided or refunded, in
 * the hour each happened). The overview folds them into local days and a weekday × hour heatmap.
 */
export const hourly = insightsSchema
  .table(
    'hourly',
    {
      workspaceId: uuid().notNull(),
      hour: timestamp({ withTimezone: true }).notNull(),
      currency: text().notNull(),
      ordersPlaced: integer().notNull().default(0),
      salesMinor: bigint({ mode: 'number' }).notNull().default(0),
    },
    // Why: the primary key also serves the overview's range read (a workspace's last weeks, by hour).
    (t) => [primaryKey({ columns: [t.workspaceId, t.hour, t.currency] }), tenantPolicy('hourly_tenant')],
  )
  .enableRLS();

/** When each order's checkout was submitted and completed: the overview's checkout-time percentiles. */
export const checkouts = insightsSchema
  .table(
    'checkouts',
    {
      workspaceId: uuid().notNull(),
      orderId: uuid().notNull(),
      submittedAt: timestamp({ withTimezone: true }),
      completedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.orderId] }),
      // Why: the checkouts completed in the last days (the p95 of checkout time).
      index('checkouts_completed_idx').on(t.workspaceId, t.completedAt).where(sql`completed_at is not null`),
      tenantPolicy('checkouts_tenant'),
    ],
  )
  .enableRLS();
