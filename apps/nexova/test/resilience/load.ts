import { randomUUID } from 'node:crypto';
import { badUnavailable, type NexovaNode, request, type Shop } from './stack';

// Customers placing, confirming and paying orders (a manual payment for the whole total) for as
// long as the test lets them. Each POST keeps its Idempotency-Key across retries: a 503 (the
// database or broker is away) is retried with the same key until it is answered, so a write that
// committed just before its connection dropped is replayed, not repeated.

export type LoadReport = {
  /** Orders answered 201 (acknowledged), with their totals. */
  orders: { id: string; total: number }[];
  /** Orders whose payment was answered 201. */
  paid: string[];
  /** 503 answers seen (retried), by problem code. */
  unavailable: Record<string, number>;
  /** Anything else: a 500, another status, a malformed 503, a request that hung or failed. */
  unexpected: string[];
};

export type Load = { report: LoadReport; stop(): Promise<LoadReport> };

export function startLoad(api: NexovaNode, shop: Shop, customers: number): Load {
  const report: LoadReport = { orders: [], paid: [], unavailable: {}, unexpected: [] };
  let running = true;

  const post = async (path: string, payload: unknown, expected: number) => {
    const key = randomUUID();
    const giveUp = Date.now() + 90_000;
    for (;;) {
      let answer: Awaited<ReturnType<typeof request>>;
      try {
        answer = await request(api.url, 'POST', `/api/v1${path}`, { ...shop.headers, 'idempotency-key': key }, payload);
      } catch (error) {
        report.unexpected.push(`POST ${path}: ${(error as Error).message}`);
        throw error;
      }
      if (answer.status === expected) return JSON.parse(answer.body) as Record<string, unknown>;
      if (answer.status === 503 && Date.now() < giveUp) {
        const bad = badUnavailable(answer);
        if (bad) report.unexpected.push(`POST ${path}: 503 ${bad}: ${answer.body}`);
        const code = String((JSON.parse(answer.body) as { code?: string }).code);
        report.unavailable[code] = (report.unavailable[code] ?? 0) + 1;
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      report.unexpected.push(`POST ${path}: ${answer.status} ${answer.body.slice(0, 300)}`);
      throw new Error(`POST ${path}: ${answer.status}`);
    }
  };

  const customer = async () => {
    while (running) {
      const order = await post('/orders', { lines: [{ variant_id: shop.variantId, quantity: 1 }] }, 201);
      const id = order.id as string;
      report.orders.push({ id, total: order.total as number });
      await post(`/orders/${id}/submit`, { payment_provider: 'manual' }, 202);
      await post(`/orders/${id}/payments`, { amount: order.total, method: 'transfer' }, 201);
      report.paid.push(id);
    }
  };
  const done = Promise.allSettled(Array.from({ length: customers }, customer));
  return {
    report,
    stop: async () => {
      running = false;
      await done; // each customer finishes the order in hand
      return report;
    },
  };
}
