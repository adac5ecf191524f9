import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { until } from '@nexova/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// GET /workspaces/{id}/overview through the whole app with its workers: an order taken through the
// checkout and paid shows in today's figures, the sales trend, the heatmap and the checkout times
// (the insights.figures consumer), beside the other modules' live counts; a caller without a
// section's permission gets null for it, and another workspace's overview answers 404.

let app: TestApp;
let ws: TestWorkspace;
let call: ApiCall;

beforeAll(async () => {
  app = await createTestApp({ CHECKOUT_PAYMENT_TIMEOUT_SECONDS: '600' }, { workers: true });
  ws = await signUpAndCreateWorkspace(app);
  call = apiClient(app, ws.headers);
}, 120_000);
afterAll(() => app?.dispose());

type Overview = {
  timezone: string;
  date: string;
  shop: {
    orders_today: Record<string, number>;
    sales_today: { currency: string; amount_minor: number }[] | null;
    sales_by_day: { date: string; amount_minor: number; moving_average_7d_minor: number }[] | null;
    low_stock: number | null;
    orders_heatmap: { weeks: number; cells: number[][] };
    checkout_time: { samples: number; p50_ms: number | null; p95_ms: number | null };
  } | null;
  clinic: unknown;
  inbox: { open: number; handled_by_member: number; awaiting_handoff: number; unread: number } | null;
};

const overview = async (c: ApiCall = call) => {
  const res = await c('GET', `/workspaces/${ws.workspaceId}/overview`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Overview;
};

async function paidOrder(): Promise<string> {
  const sku = randomUUID().slice(0, 8);
  const product = await call('POST', '/products', {
    name: `P ${sku}`,
    currency: 'BRL',
    variants: [{ sku, price: 1500 }],
  });
  expect(product.statusCode, product.body).toBe(201);
  const variant = product.json().variants[0].id as string;
  expect((await call('POST', '/stock/adjust', { variant_id: variant, delta: 3, reason: 'test' })).statusCode).toBe(200);
  const threshold = await call('PATCH', `/stock/${variant}`, { low_stock_threshold: 2 });
  expect(threshold.statusCode, threshold.body).toBe(200);
  const order = await call('POST', '/orders', { lines: [{ variant_id: variant, quantity: 2 }] });
  expect(order.statusCode, order.body).toBe(201);
  const id = order.json().id as string;
  expect((await call('POST', `/orders/${id}/submit`, { payment_provider: 'manual' })).statusCode).toBe(202);
  await until(
    async () => (await call('GET', `/orders/${id}/checkout`)).json().state as string,
    (s) => s === 'payment_pending',
    'the payment request',
  );
  const paid = await call('POST', `/orders/${id}/payments`, { amount: 3000, method: 'pix' });
  expect(paid.statusCode, paid.body).toBe(201);
  return id;
}

describe('GET /workspaces/{workspace_id}/overview', () => {
  it('shows a paid order in today’s orders, sales, trend, heatmap and checkout times', async () => {
    const before = await overview();
    expect(before).toMatchObject({ timezone: expect.any(String), clinic: null });
    expect(before.shop?.checkout_time.samples).toBe(0);
    expect(before.inbox).toEqual({ open: 0, handled_by_member: 0, awaiting_handoff: 0, unread: 0 });

    await paidOrder();
    // The figures come from several events (payment registered, saga completed) read in batches of
    // their own: wait for both, not only the last one the flow publishes.
    const after = await until(
      overview,
      (o) => o.shop?.checkout_time.samples === 1 && (o.shop.sales_today ?? []).some((s) => s.amount_minor > 0),
      'the checkout and its sale in the figures',
    );
    const shop = after.shop;
    expect(shop?.orders_today).toEqual({ confirmed: 1 });
    expect(shop?.sales_today).toEqual([{ currency: 'BRL', amount_minor: 3000 }]);
    expect(shop?.sales_by_day).toHaveLength(7);
    expect(shop?.sales_by_day?.at(-1)).toMatchObject({
      date: after.date,
      amount_minor: 3000,
      moving_average_7d_minor: 429,
    });
    expect(shop?.low_stock).toBe(1); // 3 on hand, 2 sold: 1 left at a threshold of 2
    expect(shop?.checkout_time.p95_ms).toBeGreaterThanOrEqual(0);
    const now = DateTime.now().setZone(after.timezone);
    expect(shop?.orders_heatmap.cells[now.weekday - 1]?.[now.hour]).toBe(1);
    expect(shop?.orders_heatmap.cells.flat().reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('shows today in the clinic once the workspace uses it', async () => {
    const enable = await call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules: ['shop', 'clinic'] } });
    expect(enable.statusCode, enable.body).toBe(200);
    expect((await overview()).clinic).toEqual({ appointments: {}, queue: {} });
    const walkIn = await call('POST', '/agenda/queue', { name: 'Dona Maria' });
    expect(walkIn.statusCode, walkIn.body).toBe(201);
    expect((await overview()).clinic).toEqual({ appointments: {}, queue: { waiting: 1 } });
  });

  it('leaves out what the caller may not read, and answers 404 for another workspace', async () => {
    const created = await call('POST', '/api-keys', {
      name: 'Orders only',
      permissions: ['workspace:read', 'orders:read'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const keyCall = apiClient(app, { authorization: `Bearer ${created.json().key}` });
    const limited = await overview(keyCall);
    expect(limited.shop).toMatchObject({ sales_today: null, sales_by_day: null, low_stock: null });
    expect(limited.inbox).toBeNull();

    const other = await signUpAndCreateWorkspace(app);
    const res = await call('GET', `/workspaces/${other.workspaceId}/overview`);
    expect(res.statusCode).toBe(404);
  });
});
