import { createTestApp, type TestApp } from '@nexova/app';
import { seedDemoCatalog } from '@nexova/catalog';
import { mergeCustomers } from '@nexova/customers';
import { queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOrder, listOrders, reassignCustomerOrders, seedDemoOrders } from '../src/index';
import { type Call, client, stockedVariants } from './helpers';

let app: TestApp;
let a: TestWorkspace;
let b: TestWorkspace;
let callA: Call;

beforeAll(async () => {
  app = await createTestApp();
  a = await signUpAndCreateWorkspace(app);
  b = await signUpAndCreateWorkspace(app);
  callA = client(app, a.headers);
});
afterAll(async () => {
  await app?.dispose();
});

const ctxOf = (workspaceId: string | null) => ({ ...systemContext(workspaceId), db: app.database.db });

describe('orders and payments isolation and follow-ups', () => {
  it('row-level security: a raw query with no workspace filter sees only the current workspace', async () => {
    const [v] = await stockedVariants(callA, [500]);
    const order = (await callA('POST', '/orders', { lines: [{ variant_id: v, quantity: 1 }] })).json();
    await callA('POST', `/orders/${order.id}/payments`, { amount: 100, method: 'cash' });
    const tables = [
      'orders.orders',
      'orders.lines',
      'orders.status_history',
      'payments.payments',
      'payments.order_accounts',
    ];
    const count = (workspaceId: string | null) =>
      withTransaction(ctxOf(workspaceId), async (t) => {
        const out: Record<string, number> = {};
        for (const table of tables)
          out[table] =
            (await queryRows<{ n: number }>(t.tx, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n ?? -1;
        return out;
      });
    expect(Object.values(await count(a.workspaceId)).every((n) => n >= 1)).toBe(true);
    expect(Object.values(await count(b.workspaceId)).every((n) => n === 0)).toBe(true);
    expect(Object.values(await count(null)).every((n) => n === 0)).toBe(true);
    const write = withTransaction(ctxOf(b.workspaceId), (t) =>
      t.tx.execute(sql`update orders.orders set notes = 'hijack' where id = ${order.id} returning id`),
    );
    expect(((await write) as unknown as { rows?: unknown[] }).rows ?? []).toEqual([]);
  });

  it('reassignCustomerOrders moves a merged customer’s orders to the survivor, once', async () => {
    const [v] = await stockedVariants(callA, [500]);
    const keep = (await callA('POST', '/customers', { name: 'Keep' })).json();
    const dup = (await callA('POST', '/customers', { name: 'Dup' })).json();
    const order = (
      await callA('POST', '/orders', { lines: [{ variant_id: v, quantity: 1 }], customer_id: dup.id })
    ).json();
    const ctx = ctxOf(a.workspaceId);
    await mergeCustomers({ ctx, input: { survivorId: keep.id, duplicateId: dup.id } });
    expect(await reassignCustomerOrders({ ctx, input: { from: dup.id, to: keep.id } })).toEqual({ moved: 1 });
    expect(await reassignCustomerOrders({ ctx, input: { from: dup.id, to: keep.id } })).toEqual({ moved: 0 });
    const moved = await getOrder({ ctx, input: { orderId: order.id } });
    expect(moved).toMatchObject({ customer_id: keep.id, version: 2 });
    expect(moved.status_history.at(-1)).toMatchObject({ action: 'reassign', to_status: 'draft' });
    // A new order naming the merged customer lands on the survivor.
    const later = await callA('POST', '/orders', { lines: [{ variant_id: v, quantity: 1 }], customer_id: dup.id });
    expect(later.json().customer_id).toBe(keep.id);
  });

  it('seeds demo orders once, over the demo catalog', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const ctx = ctxOf(ws.workspaceId);
    await seedDemoCatalog({ ctx });
    expect(await seedDemoOrders({ ctx })).toEqual(['orders: 2 demo orders (one awaiting payment, one draft)']);
    expect(await seedDemoOrders({ ctx })).toEqual([]);
    const statuses = (await listOrders({ ctx })).items.map((o) => o.status).sort();
    expect(statuses).toEqual(['draft', 'pending']);
  });
});
