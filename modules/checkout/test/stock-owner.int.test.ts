import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, client, draftOrder, sagaReaches, stockedVariant, stockOf } from './helpers';

// Issue 10: the checkout is visible the moment an order is submitted, and a canceled order's stock
// has one owner (orders' cancelOrder; the saga's failure path cancels the order, never releases
// itself): a failed checkout, a staff cancel, and staff canceling right as the deadline fires each
// release the hold exactly once (one `release` movement per order).

type Movement = { kind: string; reason: string | null; reference: string | null };

async function releasesOf(call: Call, variantId: string, orderId: string) {
  const page = (await call('GET', `/stock/movements?variant_id=${variantId}&limit=100`)).json();
  return (page.items as Movement[]).filter((m) => m.kind === 'release' && m.reference === orderId);
}

describe('submitting an order', () => {
  it('answers with its checkout already started: GET /orders/{order_id}/checkout is 200 at once', async () => {
    // No workers: the saga row can only come from the submit's own commit.
    const api = await createTestApp({ CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' });
    let workers: TestApp | undefined;
    try {
      const call = client(api, (await signUpAndCreateWorkspace(api)).headers);
      const variant = await stockedVariant(call, 500, 3);
      const orderId = await draftOrder(call, variant, 2);
      const submitted = await call('POST', `/orders/${orderId}/submit`, { payment_provider: 'manual' });
      expect(submitted.statusCode, submitted.body).toBe(202);
      expect(submitted.json()).toMatchObject({ status: 'pending', allowed_actions: ['cancel'] });
      const checkout = await call('GET', `/orders/${orderId}/checkout`);
      expect(checkout.statusCode, checkout.body).toBe(200);
      expect(checkout.json()).toMatchObject({ order_id: orderId, state: 'started', attempt: 1, provider: 'manual' });
      expect(checkout.json().steps.map((s: { to_state: string }) => s.to_state)).toEqual(['started']);
      // The workers then run it from there; the consumer's own start on orders.order.submitted is a no-op.
      workers = await createTestApp({ CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' }, { workers: true, sharing: api });
      const pending = await sagaReaches(call, orderId, ['payment_pending']);
      expect(pending.steps.map((s) => s.to_state)).toEqual(['started', 'stock_reserved', 'payment_pending']);
      const started = await queryRows<{ n: number }>(
        api.database.db,
        sql`select count(*)::int as n from events.outbox where aggregate_id = ${orderId} and type = 'checkout.saga.started'`,
      );
      expect(started[0]?.n).toBe(1);
    } finally {
      await workers?.dispose();
      await api.dispose();
    }
  });
});

describe('one owner of a canceled order’s stock', () => {
  let app: TestApp;
  let call: Call;
  beforeAll(async () => {
    app = await createTestApp(
      { CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '2', CHECKOUT_HOLD_GRACE_SECONDS: '60' },
      { workers: true },
    );
    call = client(app, (await signUpAndCreateWorkspace(app)).headers);
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('a checkout that times out releases its hold once, through the order’s cancellation', async () => {
    const variant = await stockedVariant(call, 700, 4);
    const orderId = await draftOrder(call, variant, 3);
    expect((await call('POST', `/orders/${orderId}/submit`)).statusCode).toBe(202);
    await sagaReaches(call, orderId, ['timed_out']);
    const releases = await releasesOf(call, variant, orderId);
    expect(releases).toHaveLength(1);
    expect(releases[0]?.reason).toMatch(/^Checkout timed_out: /);
    expect((await call('GET', `/orders/${orderId}`)).json().status).toBe('canceled');
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 4, reserved: 0, available: 4 });
  });

  it('a staff cancel mid-checkout releases once; the saga ending `canceled` releases nothing more', async () => {
    // Its own app with a long deadline: on a loaded machine the 2 s one could expire between the
    // saga reaching payment_pending and the cancel (CI saw it end timed_out first).
    const lenient = await createTestApp({ CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' }, { workers: true });
    try {
      const staff = client(lenient, (await signUpAndCreateWorkspace(lenient)).headers);
      const variant = await stockedVariant(staff, 700, 4);
      const orderId = await draftOrder(staff, variant, 2);
      expect((await staff('POST', `/orders/${orderId}/submit`)).statusCode).toBe(202);
      await sagaReaches(staff, orderId, ['payment_pending']);
      const cancel = await staff('POST', `/orders/${orderId}/cancel`, { reason: 'customer changed their mind' });
      expect(cancel.statusCode, cancel.body).toBe(200);
      await sagaReaches(staff, orderId, ['canceled']);
      const releases = await releasesOf(staff, variant, orderId);
      expect(releases.map((m) => m.reason)).toEqual(['customer changed their mind']);
      expect(await stockOf(staff, variant)).toMatchObject({ on_hand: 4, reserved: 0 });
    } finally {
      await lenient.dispose();
    }
  });

  it('staff canceling as the deadline fires: whoever wins, each order is released exactly once', async () => {
    const variant = await stockedVariant(call, 300, 8);
    const ids = await Promise.all(Array.from({ length: 8 }, () => draftOrder(call, variant, 1)));
    const submits = await Promise.all(ids.map((id) => call('POST', `/orders/${id}/submit`)));
    expect(submits.map((r) => r.statusCode)).toEqual(ids.map(() => 202));
    // The checkout (and so its deadline) is there as soon as the submit answered.
    const sagas = await Promise.all(
      ids.map(async (id) => (await call('GET', `/orders/${id}/checkout`)).json() as { deadline_at: string }),
    );
    // Fire each staff cancel at its saga's deadline, racing the timer worker's deadline event.
    const answers = await Promise.all(
      ids.map(async (id, i) => {
        const deadline = Date.parse(sagas[i]?.deadline_at ?? '');
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())));
        return (await call('POST', `/orders/${id}/cancel`, { reason: 'staff canceled' })).statusCode;
      }),
    );
    // 200: staff won; 409 order_status_conflict: the deadline had already canceled it. A cancel that
    // lands before the payment step ends the saga payment_failed (the order is no longer payable).
    expect(answers.every((s) => s === 200 || s === 409)).toBe(true);
    const ended = await Promise.all(
      ids.map((id) => sagaReaches(call, id, ['canceled', 'timed_out', 'payment_failed'])),
    );
    for (const [i, id] of ids.entries()) {
      // On a loaded machine a cancel can land before the saga held any stock: then nothing is
      // released (and nothing stays held). Every hold that was taken is released exactly once.
      const held = ended[i]?.steps.some((step) => step.to_state === 'stock_reserved') ? 1 : 0;
      const releases = await releasesOf(call, variant, id);
      expect(releases, `order ${id} ended ${ended[i]?.state}`).toHaveLength(held);
      expect((await call('GET', `/orders/${id}`)).json().status).toBe('canceled');
    }
    expect(await stockOf(call, variant)).toMatchObject({ on_hand: 8, reserved: 0, available: 8 });
  }, 120_000);
});
