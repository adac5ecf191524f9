import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const paymentsSchema = pgSchema('payments');

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
      ...versionColumn(),
      updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [check('account_paid', sql`${t.paid} >= 0`), tenantPolicy('order_accounts_tenant')],
  )
  .enableRLS();

/**
 * Money received against a payable — an order (orders) or an invoice (billing) — in its currency
 * (minor units). Exactly one of `orderId` / `invoiceId` is set. Order payments keep their account row
 * (order_accounts); an invoice's paid amount lives on the invoice, whose row lock billing holds.
 */
export const payments = paymentsSchema
  .table(
    'payments',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      orderId: uuid(),
      invoiceId: uuid(),
      amount: bigint({ mode: 'number' }).notNull(),
      currency: text().notNull(),
      method: text().notNull(),
      status: text().notNull().default('registered'),
      reference: text(),
      note: text(),
      reversalReason: text(),
      // A Stripe refund asked for (status refund_requested) is not sent again before this: the lease
      // of the worker sending it. Its Stripe idempotency key is derived from the payment id.
      submitAfter: timestamp({ withTimezone: true }),
      actorType: text().notNull(),
      actorId: text(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: an order's payments, oldest first.
      index().on(t.workspaceId, t.orderId, t.id),
      // Why: an invoice's payments, oldest first.
      index('payments_invoice_idx').on(t.workspaceId, t.invoiceId, t.id).where(sql`invoice_id is not null`),
      check('payment_payable', sql`(${t.orderId} is null) <> (${t.invoiceId} is null)`),
      check('payment_amount', sql`${t.amount} > 0`),
      check('payment_method', sql`${t.method} in ('cash', 'transfer', 'card', 'stripe', 'pix')`),
      // Why: the Stripe submitter finds the refunds asked for and not yet recorded as done.
      index('payments_refund_requested_idx').on(t.workspaceId, t.submitAfter).where(sql`status = 'refund_requested'`),
      check('payment_status', sql`${t.status} in ('registered', 'refund_requested', 'voided', 'refunded')`),
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
      ...createdAtColumn(),
    },
    (t) => [
      // Why: a payment's receipts.
      index().on(t.workspaceId, t.paymentId, t.id),
      tenantPolicy('attachments_tenant'),
    ],
  )
  .enableRLS();

/**
 * The payment an order requested from a provider: one per order (the order id is the key), so
 * requesting twice returns the same intent. `externalId` is the provider's id (Stripe's pi_…).
 * `reviewReason` flags money a provider took that the order could not take cleanly (overpaid,
 * canceled order): the payment is recorded anyway and staff decide (refund, keep).
 */
export const paymentIntents = paymentsSchema
  .table(
    'payment_intents',
    {
      workspaceId: uuid().notNull(),
      orderId: uuid().notNull(),
      provider: text().notNull(),
      status: text().notNull().default('pending'),
      amount: bigint({ mode: 'number' }).notNull(),
      currency: text().notNull(),
      externalId: text(),
      clientSecret: text(),
      // The Stripe Idempotency-Key of the create call, recorded with the request before Stripe is
      // called: every retry (after a crash between the call and its outcome) sends the same key.
      idempotencyKey: text(),
      // A requested intent is not sent again before this (the lease of the worker sending it, and
      // the pause before a retry after Stripe failed).
      submitAfter: timestamp({ withTimezone: true }),
      failureReason: text(),
      reviewReason: text(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.orderId] }),
      // Why: a provider's webhook names its intent by the provider's id; one row per external intent.
      uniqueIndex('payment_intents_external_id_idx').on(t.externalId),
      // Why: the Stripe submitter finds the requests (create, cancel) not yet sent or not yet recorded.
      index('payment_intents_requested_idx')
        .on(t.workspaceId, t.submitAfter)
        .where(sql`status in ('requested', 'cancel_requested')`),
      check('intent_provider', sql`${t.provider} in ('manual', 'stripe')`),
      check(
        'intent_status',
        sql`${t.status} in ('requested', 'pending', 'succeeded', 'failed', 'cancel_requested', 'canceled')`,
      ),
      check('intent_amount', sql`${t.amount} >= 0`),
      tenantPolicy('payment_intents_tenant'),
    ],
  )
  .enableRLS();

/**
 * Stripe webhook events already handled, by Stripe's event id: inserted (on conflict, nothing) in
 * the same transaction as the event's effects, so a redelivery changes nothing.
 */
export const stripeEvents = paymentsSchema
  .table(
    'stripe_events',
    {
      id: text().primaryKey(),
      workspaceId: uuid().notNull(),
      type: text().notNull(),
      externalId: text().notNull(),
      outcome: text().notNull(),
      receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [
      check('stripe_event_outcome', sql`${t.outcome} in ('applied', 'stale')`),
      tenantPolicy('stripe_events_tenant'),
    ],
  )
  .enableRLS();
