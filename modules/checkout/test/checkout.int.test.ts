import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, client, draftOrder, sagaReaches, stockedVariant, stockOf } from './helpers';

// The checkout saga through the whole application: HTTP in, the saga consumer and the timer
// worker running in the background on the embedded transport (PGlite, or PostgreSQL with
// DATABASE_URL), manual payments registered through the API.

let app: TestApp;
let ws: TestWorkspace;
let call: Call;

beforeAll(async () => {
  app = await createTestApp({ CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' }, { workers: true });
  ws = await signUpAndCreateWorkspace(app);
  call = client(app, ws.headers);
});
afterAll(async () => {
  await app?.dispose();
});

const sagaEvents = async (orderId: string) =>
  (
    await queryRows<{ type: string }>(
      app.database.db,
      sql`select type from events.outbox where aggregate_id = ${orderId} and type like 'checkout.saga.%' order by position`,
    )
  ).map((r) => r.type.replace('checkout.saga.', ''));

const orderStatus = async (orderId: string) => (await call('GET', `/orders/${orderId}`)).json().status as string;

describe('checkout saga', () => {
  it('happy path: confirm → stock held → payment pending → paid → completed, stock committed', async () => {
    const variant = await stockedVariant(call, 2500, 10);
    const orderId = await draftOrder(call, variant, 2);
    const confirm = await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'manual' });
    expect(confirm.statusCode, confirm.body).toBe(202);
    expect(confirm.json()).toMatchObject({ status: 'pending', allowed_actions: ['cancel'] });
    // Pending orders are not editable.
    expect((await call('PATCH', `/orders/${orderId}`, { notes: 'late edit' })).statusCode).toBe(409);

    const pending = await sagaReaches(call, orderId, ['payment_pending']);
    expect(pending).toMatchObject({ provider: 'manual', payment: { status: 'pending', provider: 'manual' } });
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 10, reserved: 2, available: 8 });

    const paid = await call('POST', `/orders/${orderId}/payments`, { amount: 5000, method: 'transfer' });
    expect(paid.statusCode, paid.body).toBe(201);
    const done = await sagaReaches(call, orderId, ['completed']);
    expect(done.steps.map((s) => s.to_state)).toEqual(['started', 'stock_reserved', 'payment_pending', 'completed']);
    expect(await orderStatus(orderId)).toBe('confirmed');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 8, reserved: 0, available: 8 });
    expect(await sagaEvents(orderId)).toEqual(['started', 'stock_reserved', 'payment_pending', 'completed']);
    // Shipping afterwards finds the reservation already committed.
    expect((await call('POST', `/orders/${orderId}/ship`)).statusCode).toBe(200);
  });

  it('out of stock: confirm is refused (422) and nothing starts; fixed, the checkout runs', async () => {
    const variant = await stockedVariant(call, 1000, 1);
    const orderId = await draftOrder(call, variant, 2);
    const refused = await call('POST', `/orders/${orderId}/submit`);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'order_stock_unavailable', lines: [{ requested: 2, available: 1 }] });
    expect((await call('GET', `/orders/${orderId}/checkout`)).statusCode).toBe(404);
    expect(await orderStatus(orderId)).toBe('draft');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 1, reserved: 0 });

    // The draft is editable; confirmed again with what is there, the checkout holds it.
    const edit = await call('PATCH', `/orders/${orderId}`, { lines: [{ variant_id: variant, quantity: 1 }] });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await call('POST', `/orders/${orderId}/submit`)).statusCode).toBe(202);
    const again = await sagaReaches(call, orderId, ['payment_pending']);
    expect(again.attempt).toBe(1);
    expect(await stockOf(call, variant)).toMatchObject({ reserved: 1, available: 0 });
  });

  it('staff cancel mid-checkout: the saga is canceled, the payment canceled, the stock released', async () => {
    const variant = await stockedVariant(call, 1000, 5);
    const orderId = await draftOrder(call, variant, 3);
    await call('POST', `/orders/${orderId}/submit`);
    await sagaReaches(call, orderId, ['payment_pending']);
    const cancel = await call('POST', `/orders/${orderId}/cancel`, { reason: 'customer changed their mind' });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const canceled = await sagaReaches(call, orderId, ['canceled']);
    expect(canceled.payment?.status).toBe('canceled');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 5, reserved: 0 });
    // Nothing else happens to an ended saga: a payment on the canceled order is refused.
    const late = await call('POST', `/orders/${orderId}/payments`, { amount: 3000, method: 'cash' });
    expect(late.statusCode).toBe(409);
  });

  it('confirming twice starts one saga: the second confirm is refused and nothing runs twice', async () => {
    const variant = await stockedVariant(call, 1000, 5);
    const orderId = await draftOrder(call, variant, 1);
    const [a, b] = await Promise.all([
      call('POST', `/orders/${orderId}/submit`),
      call('POST', `/orders/${orderId}/submit`),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([202, 409]);
    await sagaReaches(call, orderId, ['payment_pending']);
    expect(await sagaEvents(orderId)).toEqual(['started', 'stock_reserved', 'payment_pending']);
    expect(await stockOf(call, variant)).toMatchObject({ reserved: 1 });
  });

  it('an order already paid completes as soon as its stock is held', async () => {
    const variant = await stockedVariant(call, 1200, 5);
    const orderId = await draftOrder(call, variant, 1);
    expect((await call('POST', `/orders/${orderId}/payments`, { amount: 1200, method: 'cash' })).statusCode).toBe(201);
    await call('POST', `/orders/${orderId}/submit`);
    const done = await sagaReaches(call, orderId, ['completed']);
    expect(done.steps.map((s) => s.to_state)).toEqual(['started', 'stock_reserved', 'payment_pending', 'completed']);
    expect(await orderStatus(orderId)).toBe('confirmed');
  });

  it('200 concurrent buyers for 50 units: exactly 50 checkouts hold stock, the rest fail cleanly', async () => {
    const variant = await stockedVariant(call, 900, 50);
    // Drafts are made 20 at a time (making them is not the race under test; 200 at once on a loaded
    // machine can outlast the handler timeout); the 200 submits below are all in flight at once.
    const orders: string[] = [];
    for (let i = 0; i < 10; i++)
      orders.push(...(await Promise.all(Array.from({ length: 20 }, () => draftOrder(call, variant, 1)))));
    const confirms = await Promise.all(orders.map((id) => call('POST', `/orders/${id}/submit`)));
    // Confirm refuses once the stock is visibly gone (422); those that got in race in the saga.
    expect(confirms.every((r) => r.statusCode === 202 || r.statusCode === 422)).toBe(true);
    const started = orders.filter((_, i) => confirms[i]?.statusCode === 202);
    expect(started.length).toBeGreaterThanOrEqual(50);
    const ended = await Promise.all(
      started.map((id) => sagaReaches(call, id, ['payment_pending', 'stock_failed'], 120_000)),
    );
    const held = started.filter((_, i) => ended[i]?.state === 'payment_pending');
    expect(held).toHaveLength(50);
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 50, reserved: 50, available: 0 });
    // Paying all 50 (concurrently) completes exactly those.
    const paid = await Promise.all(
      held.map((id) => call('POST', `/orders/${id}/payments`, { amount: 900, method: 'transfer' })),
    );
    expect(paid.every((r) => r.statusCode === 201)).toBe(true);
    await Promise.all(held.map((id) => sagaReaches(call, id, ['completed'], 120_000)));
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 0, reserved: 0, available: 0 });
  }, 300_000);
});

describe('checkout deadline', () => {
  let fast: TestApp;
  let fastCall: Call;
  beforeAll(async () => {
    fast = await createTestApp(
      { CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '1', CHECKOUT_HOLD_GRACE_SECONDS: '60' },
      { workers: true },
    );
    fastCall = client(fast, (await signUpAndCreateWorkspace(fast)).headers);
  });
  afterAll(async () => {
    await fast?.dispose();
  });

  it('a payment that never comes times out: order canceled, stock released, payment canceled', async () => {
    const variant = await stockedVariant(fastCall, 1000, 4);
    const orderId = await draftOrder(fastCall, variant, 4);
    await fastCall('POST', `/orders/${orderId}/submit`);
    const timedOut = await sagaReaches(fastCall, orderId, ['timed_out']);
    expect(timedOut.steps.map((s) => s.to_state)).toEqual([
      'started',
      'stock_reserved',
      'payment_pending',
      'timed_out',
    ]);
    expect(timedOut.payment?.status).toBe('canceled');
    expect((await fastCall('GET', `/orders/${orderId}`)).json().status).toBe('canceled');
    expect(await stockOf(fastCall, variant)).toMatchObject({ on_hand: 4, reserved: 0, available: 4 });
  });
});
