import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, client, reservedReaches, statusReaches, stockedVariants, stockOf } from './helpers';

let app: TestApp;
let ws: TestWorkspace;
let call: Call;

beforeAll(async () => {
  app = await createTestApp({}, { workers: true }); // the checkout saga runs behind confirm
  ws = await signUpAndCreateWorkspace(app);
  call = client(app, ws.headers);
});
afterAll(async () => {
  await app?.dispose();
});

const eventTypes = async (orderId: string) =>
  (
    await queryRows<{ type: string }>(
      app.database.db,
      sql`select type from events.outbox where aggregate_id = ${orderId} and type like 'orders.order.%' order by id`,
    )
  ).map((r) => r.type);

describe('orders API', () => {
  it('creates an order priced by the catalog, with server totals, delivery, notes and a customer', async () => {
    const [a, b] = await stockedVariants(call, [1990, 500]);
    const customer = (await call('POST', '/customers', { name: 'Ana', phone: '+5511987650001' })).json();
    const res = await call('POST', '/orders', {
      lines: [
        { variant_id: a, quantity: 2 },
        { variant_id: b, quantity: 1 },
        { variant_id: a, quantity: 1 },
      ],
      customer_id: customer.id,
      delivery: { method: 'delivery', recipient: 'Ana', address: 'Rua A 1' },
      notes: 'Ring twice',
      shipping_fee: 1000,
    });
    expect(res.statusCode).toBe(201);
    const order = res.json();
    expect(res.headers.location).toBe(`/api/v1/orders/${order.id}`);
    expect(order.number).toEqual(expect.any(Number));
    expect(order).toMatchObject({
      status: 'draft',
      currency: 'BRL',
      subtotal: 1990 * 3 + 500,
      shipping_fee: 1000,
      total: 1990 * 3 + 500 + 1000,
      customer_id: customer.id,
      notes: 'Ring twice',
      delivery: { method: 'delivery', recipient: 'Ana' },
      version: 1,
      allowed_actions: ['submit', 'cancel'],
    });
    expect(order.lines).toMatchObject([
      { variant_id: a, quantity: 3, unit_price: 1990, line_total: 5970 },
      { variant_id: b, quantity: 1, unit_price: 500 },
    ]);
    expect(order.status_history).toMatchObject([{ action: 'place', to_status: 'draft', actor: { type: 'user' } }]);
    // A later price change does not touch the snapshot.
    const detail = (await call('GET', `/orders/${order.id}`)).json();
    expect(detail.lines[0].unit_price).toBe(1990);
    expect(await eventTypes(order.id)).toEqual(['orders.order.placed']);
  });

  it('refuses unknown variants, unknown customers and bad input, naming the field', async () => {
    const [a] = await stockedVariants(call, [100]);
    const unknown = await call('POST', '/orders', {
      lines: [{ variant_id: '0190f1c2-7d3a-7b41-9e4c-000000000000', quantity: 1 }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toMatchObject([{ pointer: '/lines/0/variant_id' }]);
    const noCustomer = await call('POST', '/orders', {
      lines: [{ variant_id: a, quantity: 1 }],
      customer_id: '0190f1c2-7d3a-7b41-9e4c-000000000000',
    });
    expect(noCustomer.statusCode).toBe(422);
    expect(noCustomer.json().errors).toMatchObject([{ pointer: '/customer_id' }]);
    const bad = await call('POST', '/orders', { lines: [{ variant_id: a, quantity: 0 }] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('quantity');
    const mixed = await stockedVariants(call, [100], 1, 'USD');
    const mix = await call('POST', '/orders', {
      lines: [
        { variant_id: a, quantity: 1 },
        { variant_id: mixed[0], quantity: 1 },
      ],
    });
    expect(mix.statusCode).toBe(422);
    expect(mix.json().code).toBe('order_mixed_currency');
  });

  it('edits a draft with optimistic concurrency, then refuses edits once confirmed', async () => {
    const [a, b] = await stockedVariants(call, [1000, 250]);
    const order = (await call('POST', '/orders', { lines: [{ variant_id: a, quantity: 1 }] })).json();
    const edited = await call('PATCH', `/orders/${order.id}`, {
      lines: [{ variant_id: b, quantity: 4 }],
      notes: 'changed',
      expected_version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ total: 1000, version: 2, notes: 'changed', lines: [{ variant_id: b }] });
    const stale = await call('PATCH', `/orders/${order.id}`, { notes: 'x', expected_version: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'version_mismatch', current_version: 2 });
    expect((await call('POST', `/orders/${order.id}/submit`, {})).statusCode).toBe(202);
    const late = await call('PATCH', `/orders/${order.id}`, { notes: 'too late' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'order_not_editable', current_status: 'pending' });
    expect((await eventTypes(order.id)).slice(0, 3)).toEqual([
      'orders.order.placed',
      'orders.order.updated',
      'orders.order.submitted',
    ]);
  });

  it('confirm → checkout → paid → ship commits nothing twice → deliver; history records actor and reason', async () => {
    const [a] = await stockedVariants(call, [700], 5);
    const order = (await call('POST', '/orders', { lines: [{ variant_id: a, quantity: 3 }] })).json();
    const confirmed = await call('POST', `/orders/${order.id}/submit`, { reason: 'agreed on WhatsApp' });
    expect(confirmed.statusCode).toBe(202);
    expect(confirmed.json()).toMatchObject({ status: 'pending', version: 2, allowed_actions: ['cancel'] });
    await call('POST', `/orders/${order.id}/payments`, { amount: 2100, method: 'transfer' });
    await statusReaches(call, order.id, 'confirmed');
    expect(await stockOf(call, a)).toMatchObject({ on_hand: 2, reserved: 0 });
    expect((await call('POST', `/orders/${order.id}/ship`)).json().status).toBe('shipped');
    expect(await stockOf(call, a)).toMatchObject({ on_hand: 2, reserved: 0 });
    const delivered = (await call('POST', `/orders/${order.id}/deliver`, { reason: 'signed' })).json();
    expect(delivered.status).toBe('delivered');
    expect(delivered.status_history.map((h: { action: string }) => h.action)).toEqual([
      'place',
      'submit',
      'complete',
      'ship',
      'deliver',
    ]);
    expect(delivered.status_history[1]).toMatchObject({
      from_status: 'draft',
      to_status: 'pending',
      reason: 'agreed on WhatsApp',
      actor: { type: 'user', id: expect.any(String) },
    });
    expect(delivered.status_history[2]).toMatchObject({ to_status: 'confirmed', actor: { type: 'system' } });
    expect(await eventTypes(order.id)).toEqual([
      'orders.order.placed',
      'orders.order.submitted',
      'orders.order.confirmed',
      'orders.order.shipped',
      'orders.order.delivered',
    ]);
  });

  it("follows a customer merge: the duplicate's orders move to the survivor, with a history entry", async () => {
    const [a] = await stockedVariants(call, [500]);
    const survivor = (await call('POST', '/customers', { name: 'Ana Souza' })).json();
    const duplicate = (await call('POST', '/customers', { name: 'Ana S.' })).json();
    const order = (
      await call('POST', '/orders', { customer_id: duplicate.id, lines: [{ variant_id: a, quantity: 1 }] })
    ).json();
    const merged = await call('POST', `/customers/${survivor.id}/merge`, { duplicate_id: duplicate.id });
    expect(merged.statusCode, merged.body).toBe(200);
    const customerOf = async () => (await call('GET', `/orders/${order.id}`)).json();
    for (let i = 0; i < 1200 && (await customerOf()).customer_id !== survivor.id; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    const moved = await customerOf();
    expect(moved.customer_id).toBe(survivor.id);
    expect(moved.status_history.at(-1)).toMatchObject({ action: 'reassign', actor: { type: 'system' } });
    const history = (await call('GET', `/orders?customer_id=${survivor.id}`)).json();
    expect(history.items.map((o: { id: string }) => o.id)).toContain(order.id);
  });

  it('answers 409 problem+json naming the current status for an illegal transition', async () => {
    const [a] = await stockedVariants(call, [700], 5);
    const order = (await call('POST', '/orders', { lines: [{ variant_id: a, quantity: 1 }] })).json();
    const res = await call('POST', `/orders/${order.id}/ship`);
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'order_status_conflict', current_status: 'draft', action: 'ship' });
    expect(res.json().detail).toContain('draft');
  });

  it('cancels a draft, and a pending order releasing what its checkout held', async () => {
    const [a] = await stockedVariants(call, [100], 2);
    const draft = (await call('POST', '/orders', { lines: [{ variant_id: a, quantity: 1 }] })).json();
    expect((await call('POST', `/orders/${draft.id}/cancel`)).json()).toMatchObject({
      status: 'canceled',
      allowed_actions: [],
    });
    const ok = (await call('POST', '/orders', { lines: [{ variant_id: a, quantity: 2 }] })).json();
    await call('POST', `/orders/${ok.id}/submit`);
    await reservedReaches(call, a, 2);
    const canceled = (await call('POST', `/orders/${ok.id}/cancel`, { reason: 'customer gave up' })).json();
    expect(canceled).toMatchObject({ status: 'canceled', allowed_actions: [] });
    expect(await stockOf(call, a)).toMatchObject({ on_hand: 2, reserved: 0, available: 2 });
    expect((await eventTypes(ok.id)).at(-1)).toBe('orders.order.canceled');
  });

  it('lets exactly one of two concurrent confirms win', async () => {
    const [a] = await stockedVariants(call, [100], 10);
    const order = (await call('POST', '/orders', { lines: [{ variant_id: a, quantity: 4 }] })).json();
    const results = await Promise.all([1, 2, 3].map(() => call('POST', `/orders/${order.id}/submit`)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([202, 409, 409]);
    await reservedReaches(call, a, 4);
  });

  it('lists with status, customer and date filters and a cursor', async () => {
    const mine = await signUpAndCreateWorkspace(app);
    const c = client(app, mine.headers);
    const [a] = await stockedVariants(c, [100]);
    const customer = (await c('POST', '/customers', { name: 'Bia' })).json();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        (
          await c('POST', '/orders', {
            lines: [{ variant_id: a, quantity: 1 }],
            customer_id: i === 0 ? customer.id : null,
          })
        ).json().id,
      );
    await c('POST', `/orders/${ids[1]}/cancel`);
    const page1 = (await c('GET', '/orders?limit=2')).json();
    expect(page1.items.map((o: { id: string }) => o.id)).toEqual([ids[2], ids[1]]);
    const page2 = (await c('GET', `/orders?limit=2&cursor=${page1.next_cursor}`)).json();
    expect(page2).toMatchObject({ items: [{ id: ids[0] }], next_cursor: null });
    expect((await c('GET', '/orders?status=canceled')).json().items.map((o: { id: string }) => o.id)).toEqual([ids[1]]);
    expect(
      (await c('GET', `/orders?customer_id=${customer.id}`)).json().items.map((o: { id: string }) => o.id),
    ).toEqual([ids[0]]);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await c('GET', `/orders?created_from=${encodeURIComponent(future)}`)).json().items).toEqual([]);
    expect((await c('GET', `/orders?created_to=${encodeURIComponent(future)}`)).json().items).toHaveLength(3);
    expect((await c('GET', '/orders?cursor=nope')).statusCode).toBe(400);
    // A well-formed cursor that this list did not issue is 400 naming cursor, not a database error.
    const foreignCursor = Buffer.from(JSON.stringify(['not-an-id'])).toString('base64url');
    const tampered = await c('GET', `/orders?cursor=${foreignCursor}`);
    expect(tampered.statusCode).toBe(400);
    expect(JSON.stringify(tampered.json().errors)).toContain('/cursor');
    // One page size convention: PAGE_SIZE_MAX (200 by default) is the most a page holds.
    expect((await c('GET', '/orders?limit=201')).statusCode).toBe(400);
    // Human numbers: 1, 2, 3 in this new workspace, in creation order; ?number= finds one.
    const numbers = (await c('GET', '/orders')).json().items.map((o: { number: number }) => o.number);
    expect(numbers).toEqual([3, 2, 1]);
    expect((await c('GET', '/orders?number=2')).json()).toMatchObject({ items: [{ id: ids[1], number: 2 }] });
    expect((await c('GET', '/orders?number=99')).json().items).toEqual([]);
    expect((await c('GET', '/orders?number=abc')).statusCode).toBe(400);
  });

  it("answers 404 for another workspace's order on every route", async () => {
    const [a] = await stockedVariants(call, [100]);
    const order = (await call('POST', '/orders', { lines: [{ variant_id: a, quantity: 1 }] })).json();
    const other = client(app, (await signUpAndCreateWorkspace(app)).headers);
    expect((await other('GET', `/orders/${order.id}`)).statusCode).toBe(404);
    expect((await other('PATCH', `/orders/${order.id}`, { notes: 'x' })).statusCode).toBe(404);
    for (const action of ['submit', 'cancel', 'ship', 'deliver'])
      expect((await other('POST', `/orders/${order.id}/${action}`)).statusCode).toBe(404);
    expect((await other('GET', '/orders')).json().items).toEqual([]);
    // The variant of another workspace is not sellable here either.
    const foreign = await other('POST', '/orders', { lines: [{ variant_id: a, quantity: 1 }] });
    expect(foreign.statusCode).toBe(422);
  });

  it('answers 403 without the permission', async () => {
    const reader = await signUpAndCreateWorkspace(app, { permissions: ['orders:read'] });
    const c = client(app, reader.headers);
    expect((await c('GET', '/orders')).statusCode).toBe(200);
    expect((await c('POST', '/orders', { lines: [] })).statusCode).toBe(403);
    expect((await c('POST', '/orders/0190f1c2-7d3a-7b41-9e4c-000000000000/submit')).statusCode).toBe(403);
    const none = client(app, (await signUpAndCreateWorkspace(app, { permissions: ['customers:read'] })).headers);
    expect((await none('GET', '/orders')).statusCode).toBe(403);
    expect((await none('GET', '/orders/0190f1c2-7d3a-7b41-9e4c-000000000000')).statusCode).toBe(403);
    expect((await none('PATCH', '/orders/0190f1c2-7d3a-7b41-9e4c-000000000000', {})).statusCode).toBe(403);
  });
});
