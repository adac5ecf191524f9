import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { type AppContext, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { subjectOf } from '@nexova/identity/testing';
import { systemContext } from '@nexova/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyCustomer } from '../src/index';
import { expectStatus, type Member, mailsTo, owner, runMailer } from './helpers';

// A confirmed (paid) order is e-mailed to its customer once, in the workspace's language, when the
// customer has an address and the workspace did not turn it off. The event is delivered as the
// checkout saga's commit would deliver it (its own transaction), twice.

let app: TestApp;
let boss: Member;

beforeAll(async () => {
  app = await createTestApp();
  boss = await owner(app);
}, 120_000);
afterAll(async () => {
  await app?.dispose();
});

async function orderFor(email: string | null): Promise<{ orderId: string; number: number }> {
  const customer = await boss.call('POST', '/customers', { name: 'Ana Souza', ...(email ? { email } : {}) });
  expectStatus(customer, 201);
  const sku = randomUUID().slice(0, 8);
  const product = await boss.call('POST', '/products', {
    name: sku,
    currency: 'BRL',
    variants: [{ sku, price: 4980 }],
  });
  const order = await boss.call('POST', '/orders', {
    customer_id: customer.json().id,
    lines: [{ variant_id: product.json().variants[0].id, quantity: 1 }],
  });
  expectStatus(order, 201);
  return { orderId: order.json().id, number: order.json().number };
}

function confirmed(orderId: string): EventEnvelope {
  return {
    id: randomUUID(),
    type: 'orders.order.confirmed',
    version: 1,
    occurred_at: new Date().toISOString(),
    workspace_id: boss.ws.workspaceId,
    aggregate: { type: 'order', id: orderId },
    actor: { type: 'system', id: 'checkout' },
    request_id: null,
    correlation_id: null,
    causation_id: null,
    payload: { order_id: orderId, from_status: 'pending', reason: null, version: 3, reservation_id: null, total: 4980 },
  };
}

const deliver = (event: EventEnvelope) => {
  const ctx: AppContext = { ...systemContext(boss.ws.workspaceId), db: app.database.db };
  return withTransaction(ctx, (t) => notifyCustomer({ ctx: t, input: { event } }));
};

describe('customer e-mail for a confirmed order', () => {
  it('goes out once to a customer with an address, however often the event comes', async () => {
    const email = `ana-${randomUUID().slice(0, 8)}@example.com`;
    const { orderId, number } = await orderFor(email);
    const event = confirmed(orderId);
    expect(await deliver(event)).toBe(1);
    expect(await deliver(event)).toBe(0);
    await runMailer(app);
    await runMailer(app);
    const mails = await mailsTo(app, email);
    expect(mails.map(subjectOf)).toEqual([`Tu pedido #${number} está confirmado`]);
  });

  it('is skipped for a customer without an address, and when the workspace turned it off', async () => {
    expect(await deliver(confirmed((await orderFor(null)).orderId))).toBe(0);
    const off = await boss.call('PUT', '/notifications/settings', {
      customer_kinds: { order_confirmed: { email: false } },
    });
    expectStatus(off, 200);
    expect(off.json().customer_kinds.order_confirmed).toMatchObject({ email: false, whatsapp: true });
    // A template name WhatsApp would refuse is a problem naming the field.
    const bad = await boss.call('PUT', '/notifications/settings', {
      customer_kinds: { order_shipped: { template: 'Pedido Enviado!' } },
    });
    expectStatus(bad, 400);
    expect(JSON.stringify(bad.json().errors)).toContain('/customer_kinds/order_shipped/template');
    expect(await deliver(confirmed((await orderFor(`x-${randomUUID()}@example.com`)).orderId))).toBe(0);
  });
});
