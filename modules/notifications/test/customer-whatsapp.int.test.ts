import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { type AppContext, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { subjectOf } from '@nexova/identity/testing';
import { systemContext } from '@nexova/kernel';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyCustomer } from '../src/index';
import { expectStatus, type Member, mailsTo, owner, runMailer } from './helpers';
import {
  contactWrites,
  drainConversations,
  metaChannel,
  orderEvent,
  orderFor,
  runSender,
  templatesTo,
} from './whatsapp';

// Customer notices over WhatsApp against the fake Meta Graph API: a customer who wrote to the shop's
// channel gets an order confirmed / shipped as one template message (pt_BR, the workspace's language)
// queued on their conversation, shown in the inbox and sent by the outbound sender — once however
// often the event comes, instead of the e-mail unless the workspace wants both; a customer without
// WhatsApp gets the e-mail only; switched off, nothing.

let app: TestApp;
let meta: FakeMeta;
let boss: Member;
let path: string;
let seq = 0;

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp({ ...meta.env, NEXOVA_SECRET_KEY: 'notifications-test-secret-key-0123456789' });
  boss = await owner(app);
  const res = await boss.call('PATCH', `/workspaces/${boss.ws.workspaceId}`, { settings: { locale: 'pt-BR' } });
  expectStatus(res, 200);
  path = await metaChannel(boss, meta);
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

const phone = () => `55119777${String(Date.now() % 10_000).padStart(4, '0')}${++seq}`.slice(0, 13);

const orderOf = (customerId: string) => orderFor(boss, customerId);
const event = (type: string, orderId: string) => orderEvent(boss, type, orderId);

/** Delivers the event to the notifier as a consumer would (its own transaction). */
const deliver = (e: EventEnvelope) => {
  const ctx: AppContext = { ...systemContext(boss.ws.workspaceId), db: app.database.db };
  return withTransaction(ctx, (t) => notifyCustomer({ ctx: t, input: { event: e } }));
};

/** Runs what happens after commit: the outbound queue, the sender, the mailer. */
async function afterCommit() {
  await drainConversations(app);
  await runSender(app);
  await runMailer(app);
}

const setSwitches = async (customer_kinds: Record<string, unknown>) =>
  expectStatus(await boss.call('PUT', '/notifications/settings', { customer_kinds }), 200);

describe('customer notices over WhatsApp', () => {
  it('an order confirmed → one template to the contact, shown in the inbox; redelivered → still one, no e-mail', async () => {
    const to = phone();
    const { personId, conversationId } = await contactWrites(app, boss, meta, path, to);
    const email = `ana-${randomUUID().slice(0, 8)}@example.com`;
    expectStatus(await boss.call('PATCH', `/customers/${personId}`, { email }), 200);
    const { orderId, number } = await orderOf(personId);
    const confirmed = event('orders.order.confirmed', orderId);
    expect(await deliver(confirmed)).toBe(1);
    expect(await deliver(confirmed)).toBe(0);
    await afterCommit();
    await afterCommit();
    expect(templatesTo(meta, to)).toEqual([
      {
        name: 'nexova_order_confirmed',
        language: { code: 'pt_BR' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ana Souza' },
              { type: 'text', text: `#${number}` },
              { type: 'text', text: expect.stringMatching(/^R\$\s?49,80$/) },
            ],
          },
        ],
      },
    ]);
    const inbox = await boss.call('GET', `/conversations/${conversationId}/messages?limit=100`);
    const notices = (inbox.json().items as { kind: string; author_type: string; status: string }[]).filter(
      (m) => m.kind === 'template',
    );
    expect(notices).toEqual([expect.objectContaining({ author_type: 'system', status: 'sent' })]);
    // WhatsApp reached them: the e-mail is not sent besides (email_with_whatsapp is off by default).
    expect(await mailsTo(app, email)).toEqual([]);
    // A notice leaves the customer's own message unread for staff.
    const conversation = await boss.call('GET', `/conversations/${conversationId}`);
    expect(conversation.json().unread_count).toBe(1);
  });

  it('an order shipped → its template (the name the workspace set), and the e-mail too when asked', async () => {
    await setSwitches({ order_shipped: { template: 'pedido_enviado', email_with_whatsapp: true } });
    const to = phone();
    const { personId } = await contactWrites(app, boss, meta, path, to);
    const email = `bia-${randomUUID().slice(0, 8)}@example.com`;
    expectStatus(await boss.call('PATCH', `/customers/${personId}`, { email }), 200);
    const { orderId, number } = await orderOf(personId);
    expect(await deliver(event('orders.order.shipped', orderId))).toBe(2);
    await afterCommit();
    expect(templatesTo(meta, to).map((t) => [t.name, t.language.code])).toEqual([['pedido_enviado', 'pt_BR']]);
    expect((await mailsTo(app, email)).map(subjectOf)).toEqual([`Seu pedido #${number} foi enviado`]);
  });

  it('a customer without WhatsApp gets the e-mail only', async () => {
    const email = `caio-${randomUUID().slice(0, 8)}@example.com`;
    const customer = await boss.call('POST', '/customers', { name: 'Caio Lima', phone: `+${phone()}`, email });
    expectStatus(customer, 201);
    const { orderId, number } = await orderOf(customer.json().id);
    const before = meta.sentMessages().length;
    expect(await deliver(event('orders.order.confirmed', orderId))).toBe(1);
    await afterCommit();
    expect(meta.sentMessages().length).toBe(before);
    expect((await mailsTo(app, email)).map(subjectOf)).toEqual([`Seu pedido #${number} está confirmado`]);
  });

  it('switched off → nothing on either channel', async () => {
    await setSwitches({ order_confirmed: { whatsapp: false, email: false } });
    const to = phone();
    const { personId } = await contactWrites(app, boss, meta, path, to);
    const { orderId } = await orderOf(personId);
    expect(await deliver(event('orders.order.confirmed', orderId))).toBe(0);
    await afterCommit();
    expect(templatesTo(meta, to)).toEqual([]);
    await setSwitches({ order_confirmed: { whatsapp: true, email: true } });
  });
});
