import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, client, draftOrder, sagaReaches, stockedVariant, stockOf } from './helpers';

// Issue 9 §6: canceling an order that holds money, returning a confirmed order's stock once,
// and refusing (or recording) what confirming cannot fulfil.

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

type Movement = { kind: string; on_hand_delta: number; reason: string | null; reference: string | null };
const movementsOf = async (variantId: string) =>
  (await call('GET', `/stock/movements?variant_id=${variantId}&limit=100`)).json().items as Movement[];

/** A confirmed order (checkout completed, paid by one transfer); returns the order and payment ids. */
async function confirmedOrder(variant: string, quantity: number, price: number) {
  const orderId = await draftOrder(call, variant, quantity);
  expect((await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'manual' })).statusCode).toBe(202);
  await sagaReaches(call, orderId, ['payment_pending']);
  const paid = await call('POST', `/orders/${orderId}/payments`, { amount: price * quantity, method: 'transfer' });
  expect(paid.statusCode, paid.body).toBe(201);
  await sagaReaches(call, orderId, ['completed']);
  expect((await call('GET', `/orders/${orderId}`)).json().status).toBe('confirmed');
  return { orderId, paymentId: paid.json().id as string };
}

describe('canceling an order that holds money', () => {
  it('a pending order with a partial manual payment is 409 order_has_payments until it is voided', async () => {
    const variant = await stockedVariant(call, 1000, 5);
    const orderId = await draftOrder(call, variant, 2);
    await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'manual' });
    await sagaReaches(call, orderId, ['payment_pending']);
    const paid = await call('POST', `/orders/${orderId}/payments`, { amount: 500, method: 'cash' });
    expect(paid.statusCode).toBe(201);

    const refused = await call('POST', `/orders/${orderId}/cancel`, { reason: 'customer gave up' });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'order_has_payments',
      payments: [{ id: paid.json().id, amount: 500, method: 'cash', actions: ['refund', 'void'] }],
    });
    expect(refused.json().detail).toContain('refund or void');
    expect((await call('GET', `/orders/${orderId}`)).json().status).toBe('pending');
    expect(await stockOf(call, variant)).toMatchObject({ reserved: 2 });

    expect((await call('POST', `/payments/${paid.json().id}/void`, { reason: 'wrong order' })).statusCode).toBe(200);
    const canceled = await call('POST', `/orders/${orderId}/cancel`, { reason: 'customer gave up' });
    expect(canceled.statusCode, canceled.body).toBe(200);
    expect((await sagaReaches(call, orderId, ['canceled'])).payment?.status).toBe('canceled');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 5, reserved: 0 });
  });

  it('a confirmed (paid) order is refused until refunded; then canceling returns its stock once', async () => {
    const variant = await stockedVariant(call, 700, 10);
    const { orderId, paymentId } = await confirmedOrder(variant, 3, 700);
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 7, reserved: 0 });

    const refused = await call('POST', `/orders/${orderId}/cancel`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'order_has_payments', payments: [{ id: paymentId, amount: 2100 }] });
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 7 });

    expect((await call('POST', `/payments/${paymentId}/refund`, { reason: 'returned' })).statusCode).toBe(200);
    // Many cancels in flight at once: one wins, the stock comes back exactly once.
    const results = await Promise.all(Array.from({ length: 12 }, () => call('POST', `/orders/${orderId}/cancel`)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c !== 200).every((c) => c === 409)).toBe(true);
    expect(results.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'order_status_conflict')).toBe(
      true,
    );
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 10, reserved: 0, available: 10 });
    const returns = (await movementsOf(variant)).filter((m) => m.kind === 'return');
    expect(returns).toEqual([
      expect.objectContaining({ kind: 'return', on_hand_delta: 3, reason: 'order_canceled', reference: orderId }),
    ]);
    // The saga had already completed: it does nothing more.
    expect((await sagaReaches(call, orderId, ['completed'])).state).toBe('completed');
  });

  it('an order with no money is canceled as before (a draft; stock untouched)', async () => {
    const variant = await stockedVariant(call, 300, 2);
    const orderId = await draftOrder(call, variant, 1);
    const res = await call('POST', `/orders/${orderId}/cancel`, { reason: 'duplicate' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'canceled' });
    expect((await movementsOf(variant)).map((m) => m.kind)).toEqual(['adjustment']);
  });
});

describe('confirming what cannot be fulfilled', () => {
  it('is 422 order_stock_unavailable naming each short line (sku, requested, available); nothing starts', async () => {
    const short = await stockedVariant(call, 1000, 1);
    const fine = await stockedVariant(call, 500, 9);
    const created = await call('POST', '/orders', {
      lines: [
        { variant_id: fine, quantity: 2 },
        { variant_id: short, quantity: 3 },
      ],
    });
    const order = created.json();
    const res = await call('POST', `/orders/${order.id}/submit`);
    expect(res.statusCode, res.body).toBe(422);
    const sku = order.lines[1].sku as string;
    expect(res.json()).toMatchObject({
      code: 'order_stock_unavailable',
      errors: [{ pointer: '/lines/1', code: 'insufficient_stock', message: `${sku}: requested 3, available 1` }],
      lines: [{ pointer: '/lines/1', variant_id: short, sku, requested: 3, available: 1 }],
    });
    expect((await call('GET', `/orders/${order.id}`)).json().status).toBe('draft');
    expect((await call('GET', `/orders/${order.id}/checkout`)).statusCode).toBe(404);
  });
});

describe('a sale that wins the race after confirm', () => {
  it('fails the saga with the short lines recorded in its state, event and the order history', async () => {
    // No workers yet: both orders pass confirm's check for the last unit; then the saga runs.
    const api = await createTestApp({ CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' });
    let workers: TestApp | undefined;
    try {
      const c = client(api, (await signUpAndCreateWorkspace(api)).headers);
      const variant = await stockedVariant(c, 800, 1);
      const a = await draftOrder(c, variant, 1);
      const b = await draftOrder(c, variant, 1);
      expect((await c('POST', `/orders/${a}/submit`)).statusCode).toBe(202);
      expect((await c('POST', `/orders/${b}/submit`)).statusCode).toBe(202);
      workers = await createTestApp({ CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' }, { workers: true, sharing: api });
      const ended = await Promise.all([a, b].map((id) => sagaReaches(c, id, ['payment_pending', 'stock_failed'])));
      expect(ended.map((s) => s.state).sort()).toEqual(['payment_pending', 'stock_failed']);
      const loser = ended[0]?.state === 'stock_failed' ? a : b;
      const failed = (await c('GET', `/orders/${loser}/checkout`)).json();
      const sku = (await c('GET', `/orders/${loser}`)).json().lines[0].sku as string;
      expect(failed.short_lines).toEqual([
        { pointer: '/lines/0', variant_id: variant, sku, requested: 1, available: 0 },
      ]);
      expect(failed.last_error).toBe(`Not enough stock: ${sku} requested 1, available 0.`);
      const order = (await c('GET', `/orders/${loser}`)).json();
      expect(order.status).toBe('draft');
      expect(order.status_history.at(-1).reason).toContain(`${sku} requested 1, available 0`);
      const [event] = await queryRows<{ payload: { short_lines: unknown } }>(
        api.database.db,
        sql`select payload from events.outbox where aggregate_id = ${loser} and type = 'checkout.saga.stock_failed'`,
      );
      expect(event?.payload.short_lines).toEqual(failed.short_lines);
    } finally {
      await workers?.dispose();
      await api.dispose();
    }
  });
});
