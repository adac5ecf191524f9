import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

// Checkout saga completion latency for bench:orders: N orders confirmed in waves of `concurrency`,
// each paid in full (a manual payment) right after its confirm answers; the clock runs from the
// confirm request to the moment the realtime feed delivers that order's `checkout.saga.completed`.

export type SagaLatency = { count: number; p50: number; p95: number; p99: number; perSecond: number };

type Options = { url: string; headers: Record<string, string>; variantId: string; count: number; concurrency: number };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;

export async function sagaLatency(o: Options): Promise<SagaLatency> {
  const post = async (path: string, payload: unknown) => {
    const res = await fetch(`${o.url}/api/v1${path}`, {
      method: 'POST',
      headers: { ...o.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(payload),
    });
    const body = await res.text();
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${body}`);
    return JSON.parse(body);
  };

  // Completion times arrive on the workspace's realtime feed (the token rides the query, like a browser).
  const done = new Map<string, () => void>();
  const token = o.headers.authorization?.slice('Bearer '.length) ?? '';
  const socket = new WebSocket(
    `${o.url.replace(/^http/, 'ws')}/api/v1/ws?access_token=${token}&workspace_id=${o.headers['x-workspace-id']}`,
  );
  socket.on('message', (data: Buffer) => {
    const event = JSON.parse(data.toString()) as { type?: string; payload?: { order_id?: string } };
    if (event.type === 'checkout.saga.completed' && event.payload?.order_id) done.get(event.payload.order_id)?.();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

  const one = async () => {
    const order = await post('/orders', { lines: [{ variant_id: o.variantId, quantity: 1 }] });
    const completed = new Promise<void>((resolve) => done.set(order.id, resolve));
    const started = performance.now();
    await post(`/orders/${order.id}/submit`, { payment_provider: 'manual' });
    await post(`/orders/${order.id}/payments`, { amount: order.total, method: 'transfer' });
    await completed;
    done.delete(order.id);
    return performance.now() - started;
  };

  const latencies: number[] = [];
  const began = performance.now();
  try {
    for (let sent = 0; sent < o.count; sent += o.concurrency) {
      const wave = Math.min(o.concurrency, o.count - sent);
      latencies.push(...(await Promise.all(Array.from({ length: wave }, one))));
    }
  } finally {
    socket.close();
  }
  const seconds = (performance.now() - began) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    perSecond: Math.round((sorted.length / seconds) * 10) / 10,
  };
}
