import { randomUUID } from 'node:crypto';
import type { TestApp } from '@nexova/app';
import { type AppContext, queryRows } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import type { TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { type PaymentsRuntime, requestPayment, submitPaymentIntent } from '../src/index';

// Test helpers for payment intents: API calls with an idempotency key, orders, outbox reads.

import { type ApiCall as Call, apiClient as client } from '@nexova/app';

export { type Call, client };

/** An order of `total` minor units (one line) in the caller's workspace. */
export async function orderOf(call: Call, total: number): Promise<string> {
  const sku = randomUUID().slice(0, 8);
  const product = await call('POST', '/products', { name: sku, currency: 'BRL', variants: [{ sku, price: total }] });
  if (product.statusCode !== 201) throw new Error(`product: ${product.body}`);
  const res = await call('POST', '/orders', { lines: [{ variant_id: product.json().variants[0].id, quantity: 1 }] });
  if (res.statusCode !== 201) throw new Error(`order: ${res.body}`);
  return res.json().id;
}

/** What the checkout saga passes: a system context in the workspace, bound to the app's database. */
export const ctxOf = (app: TestApp, ws: TestWorkspace): AppContext => ({
  ...systemContext(ws.workspaceId, 'test'),
  db: app.database.db,
});

/** Payloads of the outbox events of `type` about one order, oldest first. */
export function eventsOf<T = Record<string, unknown>>(app: TestApp, type: string, orderId: string): Promise<T[]> {
  return queryRows<{ payload: T }>(
    app.database.db,
    sql`select payload from events.outbox where type = ${type} and payload->>'order_id' = ${orderId} order by id`,
  ).then((rows) => rows.map((r) => r.payload));
}

/**
 * A Stripe intent as the saga and the workers make it: requested in a transaction, then created at
 * Stripe by submitPaymentIntent outside any transaction. Returns the recorded intent (pending).
 */
export async function stripeIntentOf(ctx: AppContext, orderId: string, runtime: PaymentsRuntime) {
  await requestPayment({ ctx, input: { orderId, provider: 'stripe' }, runtime });
  const intent = await submitPaymentIntent({ ctx, input: { orderId }, runtime });
  if (!intent) throw new Error(`order ${orderId}: nothing was sent to Stripe`);
  return intent;
}
