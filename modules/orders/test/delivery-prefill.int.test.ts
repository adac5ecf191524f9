import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// An order for a customer, sent without delivery, is delivered to the customer's default address.

let app: TestApp;
let call: ApiCall;
let lines: { variant_id: string; quantity: number }[];
beforeAll(async () => {
  app = await createTestApp();
  call = apiClient(app, (await signUpAndCreateWorkspace(app)).headers);
  const sku = `DP-${randomUUID().slice(0, 6)}`;
  const product = await call('POST', '/products', { name: 'Caneca', variants: [{ sku, price: 1000 }] });
  expect(product.statusCode, product.body).toBe(201);
  lines = [{ variant_id: product.json().variants[0].id, quantity: 1 }];
}, 120_000);
afterAll(() => app?.dispose());

const customerWithAddress = async () => {
  const customer = (await call('POST', '/customers', { name: 'Ana Souza' })).json();
  const address = await call('POST', `/customers/${customer.id}/addresses`, {
    label: 'Casa',
    recipient: 'Ana Souza',
    line1: 'Rua Augusta, 1500',
    line2: 'apto 12',
    city: 'São Paulo',
    region: 'SP',
    postal_code: '01304-001',
    country: 'BR',
    phone: '+5511987654321',
  });
  expect(address.statusCode, address.body).toBe(201);
  return customer.id as string;
};

describe("an order's delivery prefilled from the customer's default address", () => {
  it('fills it when the order names a customer and no delivery', async () => {
    const customerId = await customerWithAddress();
    const order = await call('POST', '/orders', { customer_id: customerId, lines });
    expect(order.statusCode, order.body).toBe(201);
    expect(order.json().delivery).toEqual({
      method: 'delivery',
      recipient: 'Ana Souza',
      phone: '+5511987654321',
      address: 'Rua Augusta, 1500, apto 12',
      city: 'São Paulo, SP',
      postal_code: '01304-001',
      instructions: null,
    });
  });

  it('keeps a delivery that is sent, and none when null is sent or the customer has no address', async () => {
    const customerId = await customerWithAddress();
    const pickup = await call('POST', '/orders', { customer_id: customerId, lines, delivery: { method: 'pickup' } });
    expect(pickup.json().delivery).toMatchObject({ method: 'pickup', address: null });
    const none = await call('POST', '/orders', { customer_id: customerId, lines, delivery: null });
    expect(none.json().delivery).toBeNull();
    const bare = (await call('POST', '/customers', { name: 'Bruno' })).json();
    const noAddress = await call('POST', '/orders', { customer_id: bare.id, lines });
    expect(noAddress.statusCode, noAddress.body).toBe(201);
    expect(noAddress.json().delivery).toBeNull();
  });
});
