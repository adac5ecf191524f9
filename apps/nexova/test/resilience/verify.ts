import { expect } from 'vitest';
import type { LoadReport } from './load';
import { eventually, type Shop } from './stack';

/**
 * After the load: every acknowledged order exists, each paid order has exactly one payment and a
 * zero balance, every paid order's saga completes, and the stock is balanced (nothing reserved,
 * on hand down by exactly one unit per completed order).
 */
export async function verifyShop(shop: Shop, report: LoadReport, timeoutMs = 60_000): Promise<void> {
  expect(report.unexpected).toEqual([]);
  const ids = [...new Set(report.orders.map((o) => o.id))];
  expect(ids).toHaveLength(report.orders.length); // no replayed answer counted twice
  expect(report.paid.length).toBeGreaterThan(0);

  for (const id of ids) {
    const order = await shop.call('GET', `/orders/${id}`);
    expect(order.status, `order ${id}`).toBe(200);
  }
  for (const id of report.paid) {
    const paymentsAnswer = await shop.call('GET', `/orders/${id}/payments`);
    expect(paymentsAnswer.status, `payments of ${id}: ${paymentsAnswer.body}`).toBe(200);
    const payments = JSON.parse(paymentsAnswer.body) as { items: unknown[] };
    expect(payments.items, `payments of ${id}`).toHaveLength(1);
    const balanceAnswer = await shop.call('GET', `/orders/${id}/balance`);
    expect(balanceAnswer.status, `balance of ${id}: ${balanceAnswer.body}`).toBe(200);
    const balance = JSON.parse(balanceAnswer.body) as { balance: number };
    expect(balance.balance, `balance of ${id}`).toBe(0);
  }
  // Orders acknowledged but not paid (the load stopped between steps) are none: each customer finishes its order.
  expect(report.paid.length).toBe(ids.length);

  await eventually(
    'every paid order completed',
    async () => {
      const open: string[] = [];
      for (const id of report.paid) {
        const view = await shop.call('GET', `/orders/${id}/checkout`);
        const state = view.status === 200 ? (JSON.parse(view.body) as { state: string }).state : `HTTP ${view.status}`;
        if (state !== 'completed') open.push(`${id}: ${state}`);
      }
      if (open.length > 0) throw new Error(`${open.length} not completed, e.g. ${open.slice(0, 3).join(', ')}`);
      return true;
    },
    timeoutMs,
  );
  const stock = JSON.parse((await shop.call('GET', `/stock?variant_ids=${shop.variantId}`)).body) as {
    items: { on_hand: number; reserved: number }[];
  };
  expect(stock.items[0]).toMatchObject({ on_hand: shop.initialStock - report.paid.length, reserved: 0 });
}
