import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

// What the order path costs the API in statements sent to the database (issue 11): counted by the
// handle's `statements` counter, not timed. A bound per request fails when a change adds round
// trips; lower it when a change removes some. PostgreSQL sends BEGIN and the workspace scope with
// the next statement and the idempotency record with the COMMIT; PGlite sends each on its own.
// STATEMENT_TRACE=1 prints what each request sent.

let app: TestApp;
let ws: TestWorkspace;
let call: ApiCall;
let variant: string;

beforeAll(async () => {
  app = await createTestApp(); // no workers: only what the API itself sends
  ws = await signUpAndCreateWorkspace(app);
  call = apiClient(app, ws.headers);
  const product = await call('POST', '/products', {
    name: 'Statement probe',
    currency: 'BRL',
    variants: [{ sku: 'probe-1', options: { n: '1' }, price: 1500 }],
  });
  variant = (product.json() as { variants: { id: string }[] }).variants[0]?.id as string;
  await call('POST', '/stock/adjust', { variant_id: variant, delta: 1000, reason: 'probe stock' });
  await call('GET', '/orders'); // warm the access caches, as every request after the first finds them
});
afterAll(() => app?.dispose());

const pg = () => app.database.driver === 'pg';

async function cost<T>(label: string, fn: () => Promise<T>): Promise<{ sent: number; result: T }> {
  const texts: string[] = [];
  const counter = app.database.statements;
  counter.trace = (text) => texts.push(text.replace(/\s+/g, ' ').slice(0, 160));
  const before = counter.sent;
  try {
    const result = await fn();
    return { sent: counter.sent - before, result };
  } finally {
    counter.trace = undefined;
    if (process.env.STATEMENT_TRACE) console.log(`${label}: ${counter.sent - before}\n  ${texts.join('\n  ')}`);
  }
}

it('POST /orders, submit, payment and a read cost at most their bound', async () => {
  const created = await cost('POST /orders', () =>
    call('POST', '/orders', { lines: [{ variant_id: variant, quantity: 1 }] }),
  );
  expect(created.result.statusCode, created.result.body).toBe(201);
  const order = created.result.json() as { id: string; total: number };
  // PostgreSQL: [begin; scope; claim], variants, [number + order + lines + history],
  // [outbox; record; commit; the wake-up]. Before issue 11's changes: 12 on both drivers.
  // PGlite sends each write's audit entry as one statement of its own (PostgreSQL pipelines it with
  // the COMMIT): +1 on each write below.
  expect(created.sent).toBeLessThanOrEqual(pg() ? 4 : 10);

  const read = await cost('GET /orders/{id}', () => call('GET', `/orders/${order.id}`));
  expect(read.result.statusCode).toBe(200);
  // [begin; scope], the order, its lines and history in one, commit (before: 6).
  expect(read.sent).toBeLessThanOrEqual(pg() ? 4 : 5);

  const submitted = await cost('POST submit', () =>
    call('POST', `/orders/${order.id}/submit`, { payment_provider: 'manual' }),
  );
  expect(submitted.result.statusCode, submitted.result.body).toBeLessThan(300);
  // Of them the checkout saga's start: saga, first step, deadline timer. The order is read with its
  // lines and history in one locked statement and not read again after the transition (before: 19
  // on PostgreSQL, 20 on PGlite; 10 and 17 before the transition answered from what it read). The
  // saga's step row, the deadline timer and the saga's inbox mark for orders.order.submitted ride
  // with the COMMIT on PostgreSQL (7 before the timer did). PGlite sends each as written (in
  // process: no round trip), the inbox mark one more than before.
  expect(submitted.sent).toBeLessThanOrEqual(pg() ? 6 : 18);

  const paid = await cost('POST payment', () =>
    call('POST', `/orders/${order.id}/payments`, { amount: order.total, method: 'transfer' }),
  );
  expect(paid.result.statusCode, paid.result.body).toBeLessThan(300);
  // before: 13 (14 on PGlite with the audit entry); 9, then 7 measured once timer writes rode with the
  // COMMIT; 6 since the account's paid amount rides with the next statement (deferred).
  expect(paid.sent).toBeLessThanOrEqual(pg() ? 6 : 13);

  const checkout = await cost('GET checkout', () => call('GET', `/orders/${order.id}/checkout`));
  expect(checkout.result.statusCode, checkout.result.body).toBe(200);
  expect(checkout.result.json().steps.length).toBeGreaterThan(0);
  // [begin; scope; the saga with its steps in one], its payment intent, commit (before: 4, the
  // steps read apart). PGlite: begin, scope, the two reads, commit.
  expect(checkout.sent).toBeLessThanOrEqual(pg() ? 3 : 5);
});

it('replays a POST /orders in one round trip on PostgreSQL (claim finds the record; nothing to commit)', async () => {
  const body = { lines: [{ variant_id: variant, quantity: 1 }] };
  const key = { 'idempotency-key': `replay-${Date.now()}` };
  const first = await call('POST', '/orders', body, key);
  expect(first.statusCode).toBe(201);
  const again = await cost('POST /orders replayed', () => call('POST', '/orders', body, key));
  expect(again.result.body).toBe(first.body);
  expect(again.result.headers['idempotent-replayed']).toBe('true');
  expect(again.sent).toBeLessThanOrEqual(pg() ? 2 : 4); // before: 4
});
