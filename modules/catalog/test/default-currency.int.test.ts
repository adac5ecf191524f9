import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The workspace's default_currency is used when a product or an import names no currency.

let app: TestApp;
let call: ApiCall;
let headers: Record<string, string>;
beforeAll(async () => {
  app = await createTestApp();
  const owner = await signUpAndCreateWorkspace(app);
  headers = owner.headers;
  call = apiClient(app, headers);
  const patched = await call('PATCH', `/workspaces/${owner.workspaceId}`, { settings: { default_currency: 'ARS' } });
  expect(patched.statusCode, patched.body).toBe(200);
}, 120_000);
afterAll(() => app?.dispose());

describe("the workspace's default currency", () => {
  it('prices a product created without currency in it; an explicit currency still wins', async () => {
    const sku = `DC-${randomUUID().slice(0, 6)}`;
    const created = await call('POST', '/products', { name: 'Mate', variants: [{ sku, price: 150000 }] });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ currency: 'ARS', variants: [{ sku, price: 150000 }] });
    const explicit = await call('POST', '/products', {
      name: 'Mate',
      currency: 'usd',
      variants: [{ sku: `${sku}-U`, price: 1 }],
    });
    expect(explicit.json()).toMatchObject({ currency: 'USD' });
  });

  it('imports a file without a currency query parameter in it', async () => {
    const sku = `DCI-${randomUUID().slice(0, 6)}`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/products/import',
      headers: { ...headers, 'content-type': 'text/csv', 'idempotency-key': randomUUID() },
      payload: ['name,sku,price', `Bombilla,${sku},2500.50`].join('\n'),
    });
    expect(res.statusCode, res.body).toBe(202);
    const job = await vi.waitFor(
      async () => {
        const current = (await call('GET', `/products/import/${res.json().id}`)).json();
        if (current.status === 'queued' || current.status === 'running') throw new Error('still running');
        return current;
      },
      { timeout: 20_000, interval: 50 },
    );
    expect(job).toMatchObject({ status: 'completed', created_variants: 1, rejected: [] });
    const product = (await call('GET', `/products?q=${sku}`)).json().items[0];
    expect(product).toMatchObject({ currency: 'ARS', variants: [{ sku, price: 250050 }] });
  });
});
