import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const inventory = pgSchema('inventory');

/**
 * Stock of one variant. `available` is derived (on_hand − reserved). The CHECKs are the last wall
 * against oversell: reserved never negative and never above on hand, whatever the code does.
 */
export const stockLevels = inventory
  .table(
    'stock_levels',
    {
      workspaceId: uuid().notNull(),
      variantId: uuid().notNull(),
      // Catalog's labels of the variant, copied here by registerVariants whenever catalog writes the
      // variant or its product: stock lists show them from this one table (catalog's tables are its own).
      sku: text().notNull().default(''),
      productName: text().notNull().default(''),
      variantName: text(),
      onHand: integer().notNull().default(0),
      reserved: integer().notNull().default(0),
      lowStockThreshold: integer().notNull().default(0),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.variantId] }),
      check('stock_reserved_not_negative', sql`${t.reserved} >= 0`),
      check('stock_on_hand_covers_reserved', sql`${t.onHand} >= ${t.reserved}`),
      check('stock_threshold_not_negative', sql`${t.lowStockThreshold} >= 0`),
      tenantPolicy('stock_levels_tenant'),
    ],
  )
  .enableRLS();

/** Append-only ledger: every change to on hand or reserved, with who, why and the levels after it. */
export const movements = inventory
  .table(
    'movements',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      variantId: uuid().notNull(),
      kind: text().notNull(),
      onHandDelta: integer().notNull().default(0),
      reservedDelta: integer().notNull().default(0),
      onHandAfter: integer().notNull(),
      reservedAfter: integer().notNull(),
      reason: text(),
      reservationId: uuid(),
      // The order (a reservation's reference) the movement is for; null for manual adjustments.
      reference: text(),
      actorType: text().notNull(),
      actorId: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: GET /stock/movements pages newest-first (ids are UUIDv7, so id order is time order).
      index().on(t.workspaceId, t.id),
      // Why: the movement history of one variant.
      index().on(t.workspaceId, t.variantId, t.id),
      tenantPolicy('movements_tenant'),
    ],
  )
  .enableRLS();

/**
 * A hold on stock for one order (its `reference`), released, expired or committed exactly once; a
 * committed one is returned (units back on hand) at most once, when its confirmed order is canceled.
 */
export const reservations = inventory
  .table(
    'reservations',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      reference: text(),
      status: text().notNull().default('active'),
      expiresAt: timestamp({ withTimezone: true }).notNull(),
      ...versionColumn(),
      ...createdAtColumn(),
      closedAt: timestamp({ withTimezone: true }),
    },
    (t) => [
      // Why: reserving twice for the same order (a retried saga step) finds the first reservation.
      uniqueIndex().on(t.workspaceId, t.reference),
      // Why: the expiry sweep scans only active reservations by deadline.
      index('reservations_active_expiry_idx').on(t.workspaceId, t.expiresAt).where(sql`status = 'active'`),
      check('reservation_status', sql`${t.status} in ('active', 'released', 'expired', 'committed', 'returned')`),
      tenantPolicy('reservations_tenant'),
    ],
  )
  .enableRLS();

export const reservationLines = inventory
  .table(
    'reservation_lines',
    {
      workspaceId: uuid().notNull(),
      reservationId: uuid()
        .notNull()
        .references(() => reservations.id, { onDelete: 'cascade' }),
      variantId: uuid().notNull(),
      quantity: integer().notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.reservationId, t.variantId] }),
      check('reservation_line_quantity', sql`${t.quantity} > 0`),
      tenantPolicy('reservation_lines_tenant'),
    ],
  )
  .enableRLS();
