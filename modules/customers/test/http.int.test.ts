import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Customers through the real app: Location on 201, {customer_id}/{address_id} path parameters,
// addresses on the customer, and its order history (served by orders, which owns orders).

let app: TestApp;
let call: ApiCall;
beforeAll(async () => {
  app = await createTestApp();
  call = apiClient(app, (await signUpAndCreateWorkspace(app)).headers);
}, 120_000);
afterAll(() => app?.dispose());

const expectStatus = (res: { statusCode: number; body: string }, status: number) =>
  expect(res.statusCode, res.body).toBe(status);

describe('customers over HTTP', () => {
  it('creates with Location and keeps addresses with one default', async () => {
    const created = await call('POST', '/customers', { name: 'Ana Souza', phone: '+5511912345678' });
    expectStatus(created, 201);
    const id = created.json().id as string;
    expect(created.headers.location).toBe(`/api/v1/customers/${id}`);
    expect(created.json().addresses).toEqual([]);

    const home = { label: 'Casa', line1: 'Rua Augusta, 1500', city: 'São Paulo', country: 'BR' };
    const first = await call('POST', `/customers/${id}/addresses`, home);
    expectStatus(first, 201);
    const addressId = first.json().id as string;
    expect(first.headers.location).toBe(`/api/v1/customers/${id}/addresses/${addressId}`);
    expect(first.json()).toMatchObject({ is_default: true, postal_code: null });
    const second = await call('POST', `/customers/${id}/addresses`, { ...home, label: 'Trabalho', is_default: true });
    expectStatus(second, 201);
    expectStatus(await call('GET', `/customers/${id}/addresses/${addressId}`), 200);

    const stale = await call('PATCH', `/customers/${id}/addresses/${addressId}`, { city: 'X' }, { 'if-match': '"1"' });
    expectStatus(stale, 412); // moving the default away from it changed it
    const fresh = await call('GET', `/customers/${id}/addresses/${addressId}`);
    const patched = await call(
      'PATCH',
      `/customers/${id}/addresses/${addressId}`,
      { postal_code: '01304-001' },
      { 'if-match': fresh.headers.etag as string },
    );
    expectStatus(patched, 200);
    expect(patched.json()).toMatchObject({ postal_code: '01304-001', is_default: false, version: 3 });
    const refused = await call('PATCH', `/customers/${id}/addresses/${second.json().id}`, { is_default: false });
    expectStatus(refused, 400);
    expect(refused.body).toContain('/is_default');
    const missing = await call('POST', `/customers/${id}/addresses`, { line1: 'x', city: 'y', country: 'Brazil' });
    expectStatus(missing, 400);
    expect(missing.body).toContain('country');

    expectStatus(await call('DELETE', `/customers/${id}/addresses/${second.json().id}`), 204);
    const customer = (await call('GET', `/customers/${id}`)).json();
    expect(customer.addresses).toMatchObject([{ id: addressId, is_default: true }]);
    expect((await call('GET', '/customers/by-phone/+5511912345678')).json().addresses).toHaveLength(1);
  });

  it("lists a customer's orders, newest first and paged", async () => {
    const customer = (await call('POST', '/customers', { name: 'Bruno' })).json();
    const sku = randomUUID().slice(0, 8);
    const product = (
      await call('POST', '/products', { name: `P ${sku}`, currency: 'BRL', variants: [{ sku, price: 1000 }] })
    ).json();
    const lines = [{ variant_id: product.variants[0].id, quantity: 1 }];
    const orders: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call('POST', '/orders', { customer_id: customer.id, lines });
      expectStatus(res, 201);
      orders.push(res.json().id);
    }
    expectStatus(await call('POST', '/orders', { lines }), 201);
    const first = await call('GET', `/customers/${customer.id}/orders?limit=2`);
    expectStatus(first, 200);
    expect(first.json().items.map((o: { id: string }) => o.id)).toEqual([orders[2], orders[1]]);
    const second = (
      await call('GET', `/customers/${customer.id}/orders?limit=2&cursor=${first.json().next_cursor}`)
    ).json();
    expect(second).toMatchObject({ items: [{ id: orders[0] }], next_cursor: null });
    expectStatus(await call('GET', `/customers/${randomUUID()}/orders`), 404);
  });
});
