import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgPolicy, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const paymentsSchema = pgSchema('payments');

const ownWorkspace = sql`workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid`;
const tenantPolicy = (name: string) => pgPolicy(name, { for: 'all', using: ownWorkspace, withCheck: ownWorkspace });

/**
 * Payments' own ledger line per order: what has been paid. Its row lock serialises every payment,
 * void and refund of one order, so concurrent payments cannot overpay.
 */
export const orderAccounts = paymentsSchema
  .table(
    'order_accounts',
    {
      orderId: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      paid: bigint({ mode: 'number' }).notNull().default(0),
      version: integer().notNull().default(1),
      updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [check('account_paid', sql`${t.paid} >= 0`), tenantPolicy('order_accounts_tenant')],
  )
  .enableRLS();

/** Money received against an order, in the order's currency (minor units). */
export const payments = paymentsSchema
  .table(
    'payments',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      orderId: uuid().notNull(),
      amount: bigint({ mode: 'number' }).notNull(),
      currency: text().notNull(),
      method: text().notNull(),
      status: text().notNull().default('registered'),
      reference: text(),
      note: text(),
      reversalReason: text(),
      actorType: text().notNull(),
      actorId: text(),
      version: integer().notNull().default(1),
      createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
      updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [
      // Why: an order's payments, oldest first.
      index().on(t.workspaceId, t.orderId, t.id),
      check('payment_amount', sql`${t.amount} > 0`),
      check('payment_method', sql`${t.method} in ('cash', 'transfer', 'card', 'stripe')`),
      check('payment_status', sql`${t.status} in ('registered', 'voided', 'refunded')`),
      tenantPolicy('payments_tenant'),
    ],
  )
  .enableRLS();

/** A receipt file of a payment; the bytes live in the FileStore under `fileKey`. */
export const attachments = paymentsSchema
  .table(
    'attachments',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      paymentId: uuid()
        .notNull()
        .references(() => payments.id),
      fileKey: text().notNull(),
      contentType: text().notNull(),
      size: integer().notNull(),
      sha256: text().notNull(),
      filename: text(),
      actorType: text().notNull(),
      actorId: text(),
      createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [
      // Why: a payment's receipts.
      index().on(t.workspaceId, t.paymentId, t.id),
      tenantPolicy('attachments_tenant'),
    ],
  )
  .enableRLS();
