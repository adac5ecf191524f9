import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgSchema, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const ordersSchema = pgSchema('orders');

/** Delivery details as the customer gave them; free-form beyond `method`. */
export type Delivery = {
  method: 'delivery' | 'pickup';
  recipient?: string | null;
  phone?: string | null;
  address?: string | null;
  city?: string | null;
  postalCode?: string | null;
  instructions?: string | null;
};

/** An order: money is integer minor units of `currency`; lines snapshot the catalog at creation/update. */
export const orders = ordersSchema
  .table(
    'orders',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      // The human order number (#1042): 1, 2, 3… per workspace, from `order_counters` (no gaps).
      number: integer().notNull(),
      status: text().notNull().default('draft'),
      customerId: uuid(),
      currency: text().notNull(),
      subtotal: bigint({ mode: 'number' }).notNull(),
      shippingFee: bigint({ mode: 'number' }).notNull().default(0),
      total: bigint({ mode: 'number' }).notNull(),
      delivery: jsonb().$type<Delivery>(),
      notes: text(),
      // Inventory's reservation the checkout saga took and committed (its reference is the order id).
      reservationId: uuid(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: the list pages newest-first by id (UUIDv7) inside a workspace.
      index().on(t.workspaceId, t.id),
      // Why: one order per number in a workspace, and the lookup GET /orders?number=1042.
      uniqueIndex('orders_workspace_number_key').on(t.workspaceId, t.number),
      // Why: a customer's order history; merge reassigns by customer id.
      index().on(t.workspaceId, t.customerId, t.id),
      // Why: filter by status (e.g. every confirmed order to ship).
      index().on(t.workspaceId, t.status, t.id),
      // Why: date-range filter.
      index().on(t.workspaceId, t.createdAt),
      check('order_status', sql`${t.status} in ('draft', 'pending', 'confirmed', 'shipped', 'delivered', 'canceled')`),
      check('order_money', sql`${t.subtotal} >= 0 and ${t.shippingFee} >= 0 and ${t.total} >= 0`),
      check('order_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
      tenantPolicy('orders_tenant'),
    ],
  )
  .enableRLS();

/**
 * The last order number given out in a workspace. Placing an order bumps its row in the order's own
 * transaction (an upsert: the row lock serialises concurrent orders of one workspace, and a rollback
 * gives the number back), so numbers have no gaps and no duplicates — unlike max(number) + 1.
 */
export const orderCounters = ordersSchema
  .table(
    'order_counters',
    {
      workspaceId: uuid().primaryKey(),
      lastNumber: integer().notNull(),
    },
    (t) => [check('order_counter_positive', sql`${t.lastNumber} > 0`), tenantPolicy('order_counters_tenant')],
  )
  .enableRLS();

/** One variant on an order with its name, SKU and unit price as they were when written. */
export const orderLines = ordersSchema
  .table(
    'lines',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      orderId: uuid()
        .notNull()
        .references(() => orders.id, { onDelete: 'cascade' }),
      position: integer().notNull(),
      variantId: uuid().notNull(),
      sku: text().notNull(),
      name: text().notNull(),
      unitPrice: bigint({ mode: 'number' }).notNull(),
      quantity: integer().notNull(),
      lineTotal: bigint({ mode: 'number' }).notNull(),
    },
    (t) => [
      // Why: an order's lines in position order.
      index().on(t.workspaceId, t.orderId, t.position),
      check('line_quantity', sql`${t.quantity} > 0`),
      tenantPolicy('lines_tenant'),
    ],
  )
  .enableRLS();

/** Append-only: every change of an order, who made it and why. */
export const statusHistory = ordersSchema
  .table(
    'status_history',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      orderId: uuid()
        .notNull()
        .references(() => orders.id, { onDelete: 'cascade' }),
      action: text().notNull(),
      fromStatus: text(),
      toStatus: text().notNull(),
      reason: text(),
      actorType: text().notNull(),
      actorId: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: an order's history in the order it happened (UUIDv7 ids).
      index().on(t.workspaceId, t.orderId, t.id),
      tenantPolicy('status_history_tenant'),
    ],
  )
  .enableRLS();
