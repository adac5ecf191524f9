import { randomUUID } from 'node:crypto';
import { until } from '@nexova/testing';

// Test helpers: drive the API through inject() with an idempotency key on every POST.

import { type ApiCall as Call, apiClient as client } from '@nexova/app';

export { type Call, client };

type Ids = [string, string, string, string];

/** Creates a product with one variant per price and stocks each variant; returns the variant ids. */
export async function stockedVariants(call: Call, prices: number[], onHand = 10, currency = 'BRL'): Promise<Ids> {
  const sku = randomUUID().slice(0, 8);
  const res = await call('POST', '/products', {
    name: `Product ${sku}`,
    currency,
    variants: prices.map((price, i) => ({ sku: `${sku}-${i}`, options: { n: String(i) }, price })),
  });
  if (res.statusCode !== 201) throw new Error(`product: ${res.statusCode} ${res.body}`);
  const ids = (res.json() as { variants: { id: string }[] }).variants.map((v) => v.id);
  for (const id of ids) {
    const adj = await call('POST', '/stock/adjust', { variant_id: id, delta: onHand, reason: 'test stock' });
    if (adj.statusCode >= 300) throw new Error(`stock: ${adj.statusCode} ${adj.body}`);
  }
  return ids as Ids;
}

export async function stockOf(call: Call, variantId: string) {
  const page = (await call('GET', `/stock?variant_ids=${variantId}`)).json();
  return page.items[0] as { on_hand: number; reserved: number; available: number };
}

export const statusReaches = (call: Call, orderId: string, status: string) =>
  until(
    async () => (await call('GET', `/orders/${orderId}`)).json().status as string,
    (s) => s === status,
    `order ${orderId} never became ${status}`,
  );

export const reservedReaches = (call: Call, variantId: string, reserved: number) =>
  until(
    () => stockOf(call, variantId),
    (s) => s.reserved === reserved,
    `variant ${variantId} never had ${reserved} reserved`,
  );
