import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import { urlSigner } from '@nexova/files';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 's'.repeat(40);
let app: TestApp;
let ws: TestWorkspace;

type Method = 'GET' | 'POST' | 'PATCH';
const clientOf = (headers: Record<string, string>) => (method: Method, url: string, payload?: unknown) =>
  app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
let call: ReturnType<typeof clientOf>;

beforeAll(async () => {
  app = await createTestApp({ NEXOVA_SECRET_KEY: SECRET, RECEIPT_MAX_BYTES: '4096' });
  ws = await signUpAndCreateWorkspace(app);
  call = clientOf(ws.headers);
});
afterAll(async () => {
  await app?.dispose();
});

/** An order of `total` minor units (one line) in the caller's workspace. */
async function orderOf(total: number, c = call): Promise<string> {
  const sku = randomUUID().slice(0, 8);
  const product = (
    await c('POST', '/products', { name: sku, currency: 'BRL', variants: [{ sku, price: total }] })
  ).json();
  const res = await c('POST', '/orders', { lines: [{ variant_id: product.variants[0].id, quantity: 1 }] });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

function upload(paymentId: string, data: Buffer, filename: string, type: string, headers = ws.headers) {
  const boundary = `----nexova${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n`),
    Buffer.from(`Content-Type: ${type}\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/v1/payments/${paymentId}/attachments`,
    headers: {
      ...headers,
      'idempotency-key': randomUUID(),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}

describe('payments API', () => {
  it('registers partial payments up to the balance; more is 422 naming amount', async () => {
    const orderId = await orderOf(1000);
    const first = await call('POST', `/orders/${orderId}/payments`, { amount: 400, method: 'cash' });
    expect(first.statusCode).toBe(201);
    expect(first.headers.location).toBe(`/api/v1/payments/${first.json().id}`);
    expect(first.json()).toMatchObject({ amount: 400, currency: 'BRL', method: 'cash', status: 'registered' });
    let account = (await call('GET', `/orders/${orderId}/balance`)).json();
    expect(account).toMatchObject({ total: 1000, paid: 400, balance: 600, paid_status: 'partial' });
    const over = await call('POST', `/orders/${orderId}/payments`, { amount: 601, method: 'card' });
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({
      code: 'payment_exceeds_balance',
      balance: 600,
      errors: [{ pointer: '/amount' }],
    });
    await call('POST', `/orders/${orderId}/payments`, { amount: 600, method: 'transfer', reference: 'PIX 1' });
    account = (await call('GET', `/orders/${orderId}/balance`)).json();
    expect(account).toMatchObject({ paid: 1000, balance: 0, paid_status: 'paid' });
    const listed = (await call('GET', `/orders/${orderId}/payments`)).json();
    expect(listed.next_cursor).toBeNull();
    expect(listed.items.map((p: { method: string }) => p.method)).toEqual(['cash', 'transfer']);
    // Paged with the shared cursor: one at a time, oldest first.
    const page1 = (await call('GET', `/orders/${orderId}/payments?limit=1`)).json();
    expect(page1.items.map((p: { method: string }) => p.method)).toEqual(['cash']);
    const page2 = (await call('GET', `/orders/${orderId}/payments?limit=1&cursor=${page1.next_cursor}`)).json();
    expect(page2).toMatchObject({ items: [{ method: 'transfer' }], next_cursor: null });
    expect((await call('GET', `/orders/${orderId}/payments?cursor=nope`)).statusCode).toBe(400);
    const events = await queryRows<{ payload: { order_paid: boolean } }>(
      app.database.db,
      sql`select payload from events.outbox where type = 'payments.payment.registered' and payload->>'order_id' = ${orderId} order by id`,
    );
    expect(events.map((e) => e.payload.order_paid)).toEqual([false, true]);
  });

  it('refuses bad input, another currency and canceled orders', async () => {
    const orderId = await orderOf(1000);
    const bad = await call('POST', `/orders/${orderId}/payments`, { amount: 0, method: 'cheque' });
    expect(bad.statusCode).toBe(400);
    const usd = await call('POST', `/orders/${orderId}/payments`, { amount: 10, method: 'cash', currency: 'USD' });
    expect(usd.statusCode).toBe(422);
    expect(usd.json().errors).toMatchObject([{ pointer: '/currency' }]);
    await call('POST', `/orders/${orderId}/cancel`);
    const late = await call('POST', `/orders/${orderId}/payments`, { amount: 10, method: 'cash' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'payment_order_canceled', current_status: 'canceled' });
  });

  it('never overpays under concurrency', async () => {
    const orderId = await orderOf(1000);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => call('POST', `/orders/${orderId}/payments`, { amount: 300, method: 'cash' })),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(3);
    expect(codes.filter((c) => c === 422)).toHaveLength(9);
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({ paid: 900, balance: 100 });
  });

  it('voids and refunds in full, once; the balance grows back', async () => {
    const orderId = await orderOf(1000);
    const a = (await call('POST', `/orders/${orderId}/payments`, { amount: 600, method: 'card' })).json();
    const b = (await call('POST', `/orders/${orderId}/payments`, { amount: 400, method: 'cash' })).json();
    const voided = await call('POST', `/payments/${a.id}/void`, { reason: 'typo' });
    expect(voided.json()).toMatchObject({ status: 'voided', reversal_reason: 'typo', version: 2 });
    expect((await call('POST', `/payments/${a.id}/void`)).statusCode).toBe(409);
    expect((await call('POST', `/payments/${b.id}/refund`)).json().status).toBe('refunded');
    expect((await call('GET', `/orders/${orderId}/balance`)).json()).toMatchObject({
      paid: 0,
      balance: 1000,
      paid_status: 'unpaid',
    });
  });

  it('stores receipts checked by content and serves them through expiring signed URLs', async () => {
    const orderId = await orderOf(1000);
    const payment = (await call('POST', `/orders/${orderId}/payments`, { amount: 100, method: 'transfer' })).json();
    const res = await upload(payment.id, PDF, 'comprovante.pdf', 'application/pdf');
    expect(res.statusCode).toBe(201);
    const att = res.json();
    expect(res.headers.location).toBe(att.url);
    expect(att).toMatchObject({ content_type: 'application/pdf', size: PDF.length, filename: 'comprovante.pdf' });
    const png = (await upload(payment.id, PNG, 'photo.jpg', 'image/jpeg')).json();
    expect(png.content_type).toBe('image/png');
    const detail = (await call('GET', `/payments/${payment.id}`)).json();
    expect(detail.attachments.map((x: { id: string }) => x.id)).toEqual([att.id, png.id]);

    const file = await app.inject({ method: 'GET', url: att.url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);

    const u = new URL(att.url, 'http://x');
    const tampered = await app.inject({ method: 'GET', url: att.url.replace('.pdf', '.png') });
    expect(tampered.statusCode).toBe(403);
    expect(tampered.json().code).toBe('signed_url_invalid');
    const later = `${u.pathname}?expires=${Number(u.searchParams.get('expires')) + 60}&sig=${u.searchParams.get('sig')}`;
    expect((await app.inject({ method: 'GET', url: later })).statusCode).toBe(403);
    const key = u.pathname.replace(/^\/files\//, '');
    const expired = urlSigner({ secret: SECRET, ttlSeconds: 10 }).sign(key, new Date(Date.now() - 60_000)).url;
    const gone = await app.inject({ method: 'GET', url: expired });
    expect(gone.statusCode).toBe(403);
    expect(gone.json().code).toBe('signed_url_expired');
    // A fresh one signed with the same secret works: the expiry, not the key, refused it.
    const fresh = urlSigner({ secret: SECRET, ttlSeconds: 10 }).sign(key).url;
    expect((await app.inject({ method: 'GET', url: fresh })).statusCode).toBe(200);
  });

  it('refuses oversize receipts (413) and wrong content with an image name (415)', async () => {
    const orderId = await orderOf(1000);
    const payment = (await call('POST', `/orders/${orderId}/payments`, { amount: 100, method: 'cash' })).json();
    const big = await upload(payment.id, Buffer.concat([PNG, Buffer.alloc(5000)]), 'big.png', 'image/png');
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('receipt_too_large');
    const fake = await upload(payment.id, Buffer.from('<html>hello</html>'), 'receipt.png', 'image/png');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().code).toBe('receipt_type_unsupported');
    const none = await call('POST', `/payments/${payment.id}/attachments`, { file: 'x' });
    expect(none.statusCode).toBeGreaterThanOrEqual(400);
    expect(none.statusCode).toBeLessThan(500);
    expect((await call('GET', `/payments/${payment.id}`)).json().attachments).toEqual([]);
  });

  it("answers 404 for another workspace's orders and payments", async () => {
    const orderId = await orderOf(1000);
    const payment = (await call('POST', `/orders/${orderId}/payments`, { amount: 100, method: 'cash' })).json();
    const otherWs = await signUpAndCreateWorkspace(app);
    const other = clientOf(otherWs.headers);
    expect((await other('GET', `/orders/${orderId}/payments`)).statusCode).toBe(404);
    expect((await other('GET', `/orders/${orderId}/balance`)).statusCode).toBe(404);
    expect((await other('POST', `/orders/${orderId}/payments`, { amount: 1, method: 'cash' })).statusCode).toBe(404);
    expect((await other('GET', `/payments/${payment.id}`)).statusCode).toBe(404);
    expect((await other('POST', `/payments/${payment.id}/void`)).statusCode).toBe(404);
    expect((await other('POST', `/payments/${payment.id}/refund`)).statusCode).toBe(404);
    expect((await upload(payment.id, PDF, 'r.pdf', 'application/pdf', otherWs.headers)).statusCode).toBe(404);
    expect((await call('GET', `/orders/${orderId}/balance`)).json().paid).toBe(100);
  });

  it('answers 403 without the permission', async () => {
    const reader = clientOf((await signUpAndCreateWorkspace(app, { permissions: ['payments:read'] })).headers);
    const id = '0190f1c2-7d3a-7b41-9e4c-000000000000';
    expect((await reader('GET', `/orders/${id}/payments`)).statusCode).toBe(404);
    expect((await reader('POST', `/orders/${id}/payments`, { amount: 1, method: 'cash' })).statusCode).toBe(403);
    expect((await reader('POST', `/payments/${id}/void`)).statusCode).toBe(403);
    expect((await reader('POST', `/payments/${id}/refund`)).statusCode).toBe(403);
    const none = clientOf((await signUpAndCreateWorkspace(app, { permissions: ['orders:read'] })).headers);
    expect((await none('GET', `/orders/${id}/payments`)).statusCode).toBe(403);
    expect((await none('GET', `/orders/${id}/balance`)).statusCode).toBe(403);
    expect((await none('GET', `/payments/${id}`)).statusCode).toBe(403);
  });
});
