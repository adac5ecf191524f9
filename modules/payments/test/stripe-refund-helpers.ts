import type { TestApp } from '@nexova/app';
import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import type { FakeStripe, RecordedRequest } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { eventsOf, stripeIntentOf } from './helpers';

// What the Stripe cancel/refund suites share: which fake-Stripe requests are cancels and refunds,
// whether a call was made with a transaction open, and an order paid by a PaymentIntent.

export const isCancel = (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith('/cancel');
export const isRefund = (r: RecordedRequest) => r.method === 'POST' && r.path === '/v1/refunds';

/** Sessions of this test database inside a transaction, other than the one asking (PostgreSQL only). */
export const openTransactions = async (on: TestApp) =>
  (
    await queryRows<{ n: number }>(
      on.database.db,
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`,
    )
  )[0]?.n;

/** The rows a call made inside a transaction would hold: taken at once (NOWAIT) or this throws. */
export async function rowsAreFree(c: AppContext, orderId: string) {
  return withTransaction(c, async (t) => [
    ...(await queryRows<{ status: string }>(
      t.tx,
      sql`select status from payments.payment_intents where order_id = ${orderId} for update nowait`,
    )),
    ...(await queryRows<{ status: string }>(
      t.tx,
      sql`select 'account' as status from payments.order_accounts where order_id = ${orderId} for update nowait`,
    )),
    ...(await queryRows<{ status: string }>(
      t.tx,
      sql`select status from payments.payments where order_id = ${orderId} for update nowait`,
    )),
  ]);
}

/** An order paid by a Stripe PaymentIntent (its webhook delivered): the stripe payment's id. */
export async function paidByStripe(fake: FakeStripe, on: TestApp, c: AppContext, orderId: string) {
  const intent = await stripeIntentOf(c, orderId, on.runtimes.payments);
  expect((await fake.deliver(fake.succeed(intent.external_id as string), on)).json()).toMatchObject({
    outcome: 'applied',
  });
  const [payment] = await withTransaction(c, (t) =>
    queryRows<{ id: string }>(t.tx, sql`select id from payments.payments where reference = ${intent.external_id}`),
  );
  if (!payment) throw new Error(`no stripe payment was registered for ${orderId}`);
  return { intent, paymentId: payment.id };
}

/** Waits for the commit that records the refund (the request's post-answer step, or a worker). */
export async function refundedEvent(on: TestApp, orderId: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await eventsOf(on, 'payments.payment.refunded', orderId)).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the refund of ${orderId} was never recorded`);
}
