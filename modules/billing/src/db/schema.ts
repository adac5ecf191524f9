import { tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const billingSchema = pgSchema('billing');

/** A workspace's billing settings: one tax rate (basis points, 1250 = 12.5 %) added on top of net prices. */
export const settings = billingSchema
  .table(
    'settings',
    {
      workspaceId: uuid().primaryKey(),
      taxRateBp: integer().notNull().default(0),
      taxName: text(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [check('settings_tax_rate', sql`${t.taxRateBp} between 0 and 10000`), tenantPolicy('settings_tenant')],
  )
  .enableRLS();

/**
 * The last invoice number given out in a workspace (the orders' counter pattern): issuing bumps the
 * row in the issue's transaction, so concurrent issues serialise on it and a rollback gives it back.
 */
export const invoiceCounters = billingSchema
  .table('invoice_counters', { workspaceId: uuid().primaryKey(), lastNumber: integer().notNull() }, (t) => [
    check('invoice_counter_positive', sql`${t.lastNumber} > 0`),
    tenantPolicy('invoice_counters_tenant'),
  ])
  .enableRLS();

/**
 * An invoice of a patient. Amounts in minor units of `currency`; `paid` is the sum of its registered
 * payments (payments module), kept here under the invoice's row lock, which serialises its payments.
 * Discount: `discountKind` amount (minor units) or percent (basis points) of the items' net.
 */
export const invoices = billingSchema
  .table(
    'invoices',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      patientId: uuid().notNull(),
      personId: uuid().notNull(),
      status: text().notNull().default('draft'),
      number: integer(),
      currency: text().notNull(),
      discountKind: text(),
      discountValue: bigint({ mode: 'number' }),
      taxRateBp: integer().notNull().default(0),
      subtotal: bigint({ mode: 'number' }).notNull().default(0),
      discount: bigint({ mode: 'number' }).notNull().default(0),
      tax: bigint({ mode: 'number' }).notNull().default(0),
      total: bigint({ mode: 'number' }).notNull().default(0),
      paid: bigint({ mode: 'number' }).notNull().default(0),
      notes: text(),
      issuedAt: timestamp({ withTimezone: true }),
      dueAt: timestamp({ withTimezone: true }),
      voidedAt: timestamp({ withTimezone: true }),
      voidReason: text(),
      voidedBy: text(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: one invoice per number in a workspace (numbers are given at issue).
      uniqueIndex('invoices_workspace_number_key').on(t.workspaceId, t.number),
      // Why: a patient's invoices (list filter, balance), newest first.
      index('invoices_patient_idx').on(t.workspaceId, t.patientId, t.id),
      check('invoice_status', sql`${t.status} in ('draft', 'issued', 'partially_paid', 'paid', 'void')`),
      check('invoice_paid', sql`${t.paid} >= 0 and ${t.paid} <= ${t.total}`),
      check('invoice_discount_kind', sql`${t.discountKind} in ('amount', 'percent')`),
      tenantPolicy('invoices_tenant'),
    ],
  )
  .enableRLS();

/** One line of an invoice: a catalog entry, an appointment (its service) or free text; priced at issue. */
export const invoiceItems = billingSchema
  .table(
    'invoice_items',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      invoiceId: uuid()
        .notNull()
        .references(() => invoices.id),
      position: integer().notNull(),
      kind: text().notNull(),
      catalogEntryId: uuid(),
      appointmentId: uuid(),
      description: text().notNull(),
      quantity: integer().notNull(),
      unitPrice: bigint({ mode: 'number' }).notNull(),
      discountKind: text(),
      discountValue: bigint({ mode: 'number' }),
      discount: bigint({ mode: 'number' }).notNull().default(0),
      tax: bigint({ mode: 'number' }).notNull().default(0),
      total: bigint({ mode: 'number' }).notNull().default(0),
    },
    (t) => [
      // Why: an invoice's items in order.
      uniqueIndex('invoice_items_position_key').on(t.workspaceId, t.invoiceId, t.position),
      check('invoice_item_kind', sql`${t.kind} in ('catalog', 'appointment', 'free')`),
      check('invoice_item_quantity', sql`${t.quantity} > 0`),
      check('invoice_item_price', sql`${t.unitPrice} >= 0`),
      check('invoice_item_discount_kind', sql`${t.discountKind} in ('amount', 'percent')`),
      tenantPolicy('invoice_items_tenant'),
    ],
  )
  .enableRLS();
