import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Catalog and inventory through the real app: path parameters named for the resource, Location on
// 201/202, one page shape for every list, stock rows labelled, and the CSV import end to end.

let app: TestApp;
let call: ApiCall;
let headers: Record<string, string>;
beforeAll(async () => {
  app = await createTestApp();
  headers = (await signUpAndCreateWorkspace(app)).headers;
  call = apiClient(app, headers);
}, 120_000);
afterAll(() => app?.dispose());

const expectStatus = (res: { statusCode: number; body: string }, status: number) =>
  expect(res.statusCode, res.body).toBe(status);

describe('catalog and stock over HTTP', () => {
  it('creates with Location, names path parameters for the resource and labels stock rows', async () => {
    const sku = `TS-${randomUUID().slice(0, 6)}`;
    const created = await call('POST', '/products', {
      name: 'Camiseta',
      currency: 'BRL',
      variants: [{ sku, options: { size: 'M' }, price: 1990 }],
    });
    expectStatus(created, 201);
    const product = created.json() as { id: string; variants: { id: string }[] };
    expect(created.headers.location).toBe(`/api/v1/products/${product.id}`);
    expectStatus(await call('GET', created.headers.location?.slice('/api/v1'.length) as string), 200);

    const added = await call('POST', `/products/${product.id}/variants`, { sku: `${sku}-L`, price: 2190 });
    expectStatus(added, 201);
    const variant = (added.json() as { variants: { id: string; sku: string }[] }).variants.find(
      (v) => v.sku === `${sku}-L`,
    );
    expect(added.headers.location).toBe(`/api/v1/products/${product.id}/variants/${variant?.id}`);
    const bad = await call('PATCH', `/products/${product.id}/variants/not-a-uuid`, { price: 1 });
    expectStatus(bad, 400);
    expect(bad.body).toContain('variant_id');

    const variantId = product.variants[0]?.id as string;
    expectStatus(await call('POST', '/stock/adjust', { variant_id: variantId, delta: 4, reason: 'delivery' }), 200);
    const level = await call('GET', `/stock/${variantId}`);
    expect(level.json()).toMatchObject({ variant_id: variantId, sku, product_name: 'Camiseta', variant_name: 'M' });
    const reserved = await call('POST', '/stock/reserve', { lines: [{ variant_id: variantId, quantity: 1 }] });
    expectStatus(reserved, 201);
    expect(reserved.headers.location).toBe(`/api/v1/stock/reservations/${reserved.json().id}`);
    expectStatus(await call('GET', `/stock/reservations/${reserved.json().id}`), 200);
  });

  it('pages categories like every list and refuses a cursor it did not issue', async () => {
    for (const name of ['Zeta', 'Alfa', 'Beta']) {
      const res = await call('POST', '/categories', { name: `${name} ${randomUUID().slice(0, 4)}` });
      expectStatus(res, 201);
      expect(res.headers.location).toBe(`/api/v1/categories/${res.json().id}`);
    }
    const first = (await call('GET', '/categories?limit=2')).json() as { items: unknown[]; next_cursor: string };
    expect(first.items).toHaveLength(2);
    const second = (await call('GET', `/categories?limit=2&cursor=${first.next_cursor}`)).json();
    expect(second).toMatchObject({ next_cursor: null });
    expectStatus(await call('GET', '/categories?cursor=garbage'), 400);
    expectStatus(await call('GET', `/products?limit=${app.config.PAGE_SIZE_MAX + 1}`), 400);
  });

  it('imports a CSV with stock, answering 202 with the job at Location', async () => {
    const sku = `IMP-${randomUUID().slice(0, 6)}`;
    const csv = ['name,sku,price,stock', `Caneca,${sku},12.50,7`, `Caneca,${sku}-2,1.234,1`].join('\n');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/products/import?currency=BRL',
      headers: { ...headers, 'content-type': 'text/csv', 'idempotency-key': randomUUID() },
      payload: csv,
    });
    expectStatus(res, 202);
    expect(res.headers.location).toBe(`/api/v1/products/import/${res.json().id}`);
    // The import runs after the answer; poll its job as a client would.
    const job = await vi.waitFor(
      async () => {
        const current = (await call('GET', `/products/import/${res.json().id}`)).json();
        if (current.status === 'queued' || current.status === 'running') throw new Error('still running');
        return current;
      },
      { timeout: 20_000, interval: 50 },
    );
    expect(job).toMatchObject({
      status: 'completed',
      created_variants: 1,
      rejected: [{ line: 3, column: 'price' }],
    });
    const product = (await call('GET', `/products?q=${sku}`)).json().items[0];
    expect(product.variants[0]).toMatchObject({ sku, price: 1250 });
    const stock = (await call('GET', `/stock?variant_ids=${product.variants[0].id}`)).json();
    expect(stock.items[0]).toMatchObject({ sku, product_name: 'Caneca', on_hand: 7 });
  });
});
