import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { fireDueTimers } from '@nexova/events';
import { sweepAllExpiredReservations } from '@nexova/inventory';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { until } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, client, draftOrder, sagaReaches, stockedVariant, stockOf } from './helpers';

// Issue 9 §6: the checkout saga never cancels an order holding money. When the payment deadline
// passes on an order with partial (manual) payments, the saga moves to payment_overdue (published
// as checkout.saga.payment_overdue for staff) and undoes nothing; the rest paid completes it, every
// payment given back lets it time out (and cancel the order), the staff cancel route keeps answering
// 409 order_has_payments while money is held. The deadline is fired by the timer API with a later
// clock, not by waiting.

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

const PRICE = 1000;
/** After every deadline of this file (payment timeout 600 s, plus the stock hold's grace). */
const later = () => new Date(Date.now() + 24 * 3600_000);

/** A confirmed order waiting for its (manual) payment, with `partial` minor units paid in cash. */
async function partlyPaid(quantity: number, partial: number) {
  const variant = await stockedVariant(call, PRICE, 5);
  const orderId = await draftOrder(call, variant, quantity);
  expect((await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'manual' })).statusCode).toBe(202);
  await sagaReaches(call, orderId, ['payment_pending']);
  let paymentId: string | null = null;
  if (partial > 0) {
    const paid = await call('POST', `/orders/${orderId}/payments`, { amount: partial, method: 'cash' });
    expect(paid.statusCode, paid.body).toBe(201);
    paymentId = paid.json().id;
  }
  return { variant, orderId, paymentId };
}

const eventsOf = async (orderId: string, type: string) =>
  queryRows<{ payload: Record<string, unknown> }>(
    app.database.db,
    sql`select payload from events.outbox where aggregate_id = ${orderId} and type = ${type}`,
  );

describe('the deadline passes on an order holding partial payments', () => {
  it('the saga becomes payment_overdue, cancels nothing, and paying the rest completes it', async () => {
    const { variant, orderId } = await partlyPaid(2, 500);
    await fireDueTimers(app.database.db, 100, later());
    const overdue = await sagaReaches(call, orderId, ['payment_overdue', 'timed_out']);
    expect(overdue.state).toBe('payment_overdue');
    expect((await call('GET', `/orders/${orderId}`)).json().status).toBe('pending');
    expect(overdue.payment?.status).toBe('pending');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 5, reserved: 2 });
    const raised = await eventsOf(orderId, 'checkout.saga.payment_overdue');
    expect(raised).toHaveLength(1);
    expect(raised[0]?.payload).toMatchObject({ from_state: 'payment_pending', state: 'payment_overdue' });
    expect(String(raised[0]?.payload.reason)).toContain('500');
    // The staff cancel route says the same: refund first.
    const cancel = await call('POST', `/orders/${orderId}/cancel`, { reason: 'late' });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().code).toBe('order_has_payments');
    // A second deadline delivery changes nothing.
    await fireDueTimers(app.database.db, 100, later());
    const rest = await call('POST', `/orders/${orderId}/payments`, { amount: 1500, method: 'transfer' });
    expect(rest.statusCode, rest.body).toBe(201);
    const done = await sagaReaches(call, orderId, ['completed']);
    expect(done.steps.map((s) => s.to_state)).toEqual([
      'started',
      'stock_reserved',
      'payment_pending',
      'payment_overdue',
      'completed',
    ]);
    expect((await call('GET', `/orders/${orderId}`)).json().status).toBe('confirmed');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 3, reserved: 0 });
  });

  it('paid off after its stock hold expired: the stock is taken again and committed', async () => {
    const { variant, orderId } = await partlyPaid(1, 400);
    await fireDueTimers(app.database.db, 100, later());
    await sagaReaches(call, orderId, ['payment_overdue']);
    const ctx = { ...systemContext(null, 'test'), db: app.database.db };
    // The hold's own TTL timer fired too, on the test's later clock: inventory's consumer, on the
    // real one, finds the hold not lapsed yet and keeps it, but holds its row meanwhile — and the
    // sweep skips rows locked. So the sweep runs until the hold is gone.
    const swept = await until(
      async () => {
        await sweepAllExpiredReservations({ ctx, input: { now: later() } });
        return stockOf(call, variant);
      },
      (stock) => stock.reserved === 0,
      'the expired hold is swept',
    );
    expect(swept).toMatchObject({ on_hand: 5, reserved: 0 });
    expect((await call('POST', `/orders/${orderId}/payments`, { amount: 600, method: 'cash' })).statusCode).toBe(201);
    await sagaReaches(call, orderId, ['completed']);
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 4, reserved: 0 });
  });

  it('every payment given back: the overdue saga times out and cancels the order, stock released', async () => {
    const { variant, orderId, paymentId } = await partlyPaid(3, 700);
    await fireDueTimers(app.database.db, 100, later());
    await sagaReaches(call, orderId, ['payment_overdue']);
    const refund = await call('POST', `/payments/${paymentId}/refund`, { reason: 'customer gave up' });
    expect(refund.statusCode, refund.body).toBe(200);
    const ended = await sagaReaches(call, orderId, ['timed_out']);
    expect(ended.payment?.status).toBe('canceled');
    expect((await call('GET', `/orders/${orderId}`)).json().status).toBe('canceled');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 5, reserved: 0 });
    expect(await eventsOf(orderId, 'checkout.saga.timed_out')).toHaveLength(1);
  });

  it('no payment at all still times out and cancels the order (unchanged)', async () => {
    const { orderId } = await partlyPaid(1, 0);
    await fireDueTimers(app.database.db, 100, later());
    await sagaReaches(call, orderId, ['timed_out']);
    expect((await call('GET', `/orders/${orderId}`)).json().status).toBe('canceled');
  });

  it('a payment racing the deadline: either it is refused and the order canceled, or the saga is overdue', async () => {
    // All three wait for their payment first: one run's timer call fires every due deadline, which
    // must not catch another order before its saga asked for the payment.
    const waiting = await Promise.all([1, 2, 3].map(() => partlyPaid(1, 0)));
    const runs = await Promise.all(
      waiting.map(async ({ orderId }) => {
        const [paid] = await Promise.all([
          call('POST', `/orders/${orderId}/payments`, { amount: 300, method: 'cash' }),
          fireDueTimers(app.database.db, 100, later()),
        ]);
        const saga = await sagaReaches(call, orderId, ['payment_overdue', 'timed_out']);
        const order = (await call('GET', `/orders/${orderId}`)).json();
        const money = (await call('GET', `/orders/${orderId}/balance`)).json();
        return { status: paid.statusCode, state: saga.state, order: order.status, paid: money.paid };
      }),
    );
    for (const run of runs)
      expect([
        { status: 201, state: 'payment_overdue', order: 'pending', paid: 300 },
        { status: 409, state: 'timed_out', order: 'canceled', paid: 0 },
      ]).toContainEqual(run);
  });
});
