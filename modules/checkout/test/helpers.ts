import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';

// Drives the API through inject() (an idempotency key on every POST) and waits for sagas.

import { type ApiCall as Call, apiClient as client } from '@nexova/app';

export { type Call, client };

/** A product with one variant of `price`, `onHand` units in stock; returns the variant id. */
export async function stockedVariant(call: Call, price: number, onHand: number): Promise<string> {
  const sku = randomUUID().slice(0, 8);
  const res = await call('POST', '/products', { name: `P ${sku}`, currency: 'BRL', variants: [{ sku, price }] });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().variants[0].id as string;
  if (onHand > 0) {
    const adj = await call('POST', '/stock/adjust', { variant_id: id, delta: onHand, reason: 'test stock' });
    expect(adj.statusCode, adj.body).toBeLessThan(300);
  }
  return id;
}

export async function draftOrder(call: Call, variantId: string, quantity: number): Promise<string> {
  const res = await call('POST', '/orders', { lines: [{ variant_id: variantId, quantity }] });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

export async function stockOf(call: Call, variantId: string) {
  const page = (await call('GET', `/stock?variant_ids=${variantId}`)).json();
  return page.items[0] as { on_hand: number; reserved: number; available: number };
}

/** Waits until the variant's reserved units are `reserved` (inventory's consumers expire holds in the background). */
export async function reservedReaches(call: Call, variantId: string, reserved: number, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let last = await stockOf(call, variantId);
  while (last.reserved !== reserved && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    last = await stockOf(call, variantId);
  }
  if (last.reserved !== reserved)
    throw new Error(`variant ${variantId} never had ${reserved} reserved (last: ${JSON.stringify(last)})`);
  return last;
}

export type CheckoutView = {
  state: string;
  attempt: number;
  provider: string | null;
  reservation_id: string | null;
  payment: { status: string; provider: string; external_id: string | null; amount: number } | null;
  deadline_at: string;
  steps: { from_state: string | null; to_state: string; reason: string | null }[];
};

/**
 * Waits until the order's saga is in one of `states` (the consumers run in the background, after
 * each commit). Long-polls the API (`?wait=` with the ETag it holds, so each answer is a new state);
 * bounded, so a saga that never gets there fails the test with its last state. Only while the saga
 * has not started (404) does it re-ask after a short pause.
 */
export async function sagaReaches(call: Call, orderId: string, states: string[], timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let last = '';
  let etag: string | undefined;
  while (Date.now() < until) {
    const wait = Math.max(1, Math.min(5, Math.floor((until - Date.now()) / 1000)));
    const res = await call('GET', `/orders/${orderId}/checkout?wait=${wait}`, undefined, {
      ...(etag ? { 'if-none-match': etag } : {}),
    });
    if (res.statusCode === 200) {
      const view = res.json() as CheckoutView;
      if (states.includes(view.state)) return view;
      last = view.state;
      etag = res.headers.etag as string | undefined;
      continue;
    }
    if (res.statusCode === 304) continue; // the wait ended with no change: wait again
    last = `HTTP ${res.statusCode}`;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`saga of ${orderId} never reached ${states.join('|')} (last: ${last})`);
}

/** Waits until the checkout's payment exists at its provider (a Stripe one is created by the workers). */
export async function paymentCreated(call: Call, orderId: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    const view = (await call('GET', `/orders/${orderId}/checkout`)).json() as CheckoutView;
    if (view.payment?.external_id) return view;
    last = `${view.state} / ${view.payment?.status ?? 'no payment'}`;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the payment of ${orderId} was never created (last: ${last})`);
}
