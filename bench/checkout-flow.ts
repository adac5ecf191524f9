import { randomUUID } from 'node:crypto';

// The storefront flow of bench:checkout over real HTTP, one order at a time per client: create the
// order, submit it (the saga starts: stock held, a manual payment asked for), pay it, and wait for
// the checkout to complete.

/** The one place naming the route that submits an order to checkout. */
export const SUBMIT_PATH = (orderId: string) => `/orders/${orderId}/submit`;

/**
 * How long one long-poll `GET /orders/{id}/checkout?wait=…` (issue 11) may wait for the saga to move:
 * the client sends the ETag it holds and the server answers as soon as the version changes, so a
 * flow asks once per saga move it has not seen yet (usually one or two requests), never in a loop.
 */
export const WAIT_SECONDS = 10;
/** A flow whose checkout has not settled by then counts as failed. */
const SETTLE_TIMEOUT_MS = 60_000;
const FAILED = ['stock_failed', 'payment_failed', 'canceled', 'timed_out'];

export type Shop = { url: string; headers: Record<string, string>; variantIds: string[] };

export type FlowResult = {
  ok: boolean;
  /** create → completed seen by the client (ms). */
  flowMs: number;
  /** submit sent → the saga's `completed` step as the server recorded it (ms; same machine clock). */
  sagaMs: number;
  polls: number;
  /** Of those, the ones answered 404 (the saga had not started yet): they cost fewer statements. */
  missing: number;
  /** Set once the order exists: it counts for statements per order even when the flow failed. */
  orderId?: string;
  error?: string;
};

export async function api<T>(shop: Pick<Shop, 'url' | 'headers'>, method: string, path: string, payload?: unknown) {
  const res = await fetch(`${shop.url}/api/v1${path}`, {
    method,
    headers: {
      ...shop.headers,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
    },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  const body = await res.text();
  return { status: res.status, body, json: () => JSON.parse(body) as T };
}

async function must<T>(shop: Shop, method: string, path: string, payload?: unknown): Promise<T> {
  const res = await api<T>(shop, method, path, payload);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.body.slice(0, 200)}`);
  return res.json();
}

type Checkout = { state: string; steps: { to_state: string; created_at: string }[] };

/** GET /orders/{id}/checkout once; null while the saga has not started (404). */
export async function readCheckout(shop: Shop, orderId: string): Promise<Checkout | null> {
  const res = await api<Checkout>(shop, 'GET', `/orders/${orderId}/checkout`);
  if (res.status === 404) return null;
  if (res.status !== 200) throw new Error(`GET checkout: ${res.status} ${res.body.slice(0, 200)}`);
  return res.json();
}

/**
 * One long-poll: answers when the checkout's version is past `etag` (or it is terminal), else after
 * WAIT_SECONDS with 304. null when the saga has not started (404: submit starts it in its own
 * commit, so only a race with a replica's read lag gives this).
 */
async function waitCheckout(shop: Shop, orderId: string, etag: string | undefined) {
  const res = await fetch(`${shop.url}/api/v1/orders/${orderId}/checkout?wait=${WAIT_SECONDS}`, {
    headers: { ...shop.headers, ...(etag ? { 'if-none-match': etag } : {}) },
  });
  const body = await res.text();
  if (res.status === 404) return null;
  if (res.status === 304) return { checkout: null, etag };
  if (res.status !== 200) throw new Error(`GET checkout?wait: ${res.status} ${body.slice(0, 200)}`);
  return { checkout: JSON.parse(body) as Checkout, etag: res.headers.get('etag') ?? undefined };
}

/** One whole order: two random lines of the shop's stocked variants, paid in full by transfer. */
export async function checkoutOnce(shop: Shop): Promise<FlowResult> {
  const started = performance.now();
  let polls = 0;
  let missing = 0;
  let orderId: string | undefined;
  try {
    const pick = () => shop.variantIds[Math.floor(Math.random() * shop.variantIds.length)] as string;
    const first = pick();
    let second = pick();
    while (second === first && shop.variantIds.length > 1) second = pick();
    const order = await must<{ id: string; total: number }>(shop, 'POST', '/orders', {
      lines: [first, second].map((variant_id) => ({ variant_id, quantity: 1 })),
    });
    orderId = order.id;
    const submitted = Date.now();
    await must(shop, 'POST', SUBMIT_PATH(order.id), { payment_provider: 'manual' });
    await must(shop, 'POST', `/orders/${order.id}/payments`, { amount: order.total, method: 'transfer' });
    let etag: string | undefined;
    for (;;) {
      polls++;
      const answer = await waitCheckout(shop, order.id, etag);
      if (!answer) missing++;
      etag = answer?.etag;
      const checkout = answer?.checkout;
      if (checkout && FAILED.includes(checkout.state)) throw new Error(`checkout ended ${checkout.state}`);
      if (checkout?.state === 'completed') {
        const done = checkout.steps.find((s) => s.to_state === 'completed');
        const flowMs = performance.now() - started;
        const sagaMs = done ? Date.parse(done.created_at) - submitted : Number.NaN;
        return { ok: true, flowMs, sagaMs, polls, missing, orderId };
      }
      if (performance.now() - started > SETTLE_TIMEOUT_MS) throw new Error('checkout not completed in 60 s');
      // A 404 (saga not visible yet) is the one case that asks again without waiting server-side.
      if (!answer) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      flowMs: performance.now() - started,
      sagaMs: Number.NaN,
      polls,
      missing,
      orderId,
      error: message,
    };
  }
}

/**
 * `concurrency` closed-loop clients, each starting its next order when the last one settled, until
 * `maxOrders` have started or `seconds` have passed (orders in flight then still finish).
 */
export async function closedLoop(shop: Shop, concurrency: number, maxOrders: number, seconds: number) {
  const results: FlowResult[] = [];
  const began = performance.now();
  let started = 0;
  const client = async () => {
    while (started < maxOrders && performance.now() - began < seconds * 1000) {
      started++;
      results.push(await checkoutOnce(shop));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return { results, seconds: (performance.now() - began) / 1000 };
}
