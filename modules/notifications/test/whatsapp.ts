import { randomUUID } from 'node:crypto';
import type { TestApp } from '@nexova/app';
import { conversationSettings, conversationsModule, sendDueMessages } from '@nexova/conversations';
import { createEmbeddedTransport, type EventEnvelope } from '@nexova/events';
import { appFiles } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import type { FakeMeta } from '@nexova/testing';
import { expect } from 'vitest';
import { expectStatus, type Member } from './helpers';

// WhatsApp fixtures for customer notices: a Meta channel on the fake Graph API, a contact who wrote
// to it (their person is the customer), and conversations' consumers and sender run by hand.

/** A Meta channel of the member's workspace; returns its webhook path. */
export async function metaChannel(m: Member, meta: FakeMeta): Promise<string> {
  const res = await m.call('POST', '/channels', {
    kind: 'meta',
    name: 'WhatsApp',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  expectStatus(res, 201);
  return res.json().webhook_path as string;
}

/** Conversations' consumers (inbound processing, the outbound queue) over everything committed so far. */
export const drainConversations = (app: TestApp) =>
  createEmbeddedTransport({ database: app.database, consumers: conversationsModule.consumers ?? [] }).drain();

/** One run of the outbound sender. */
export const runSender = (app: TestApp) =>
  sendDueMessages({
    ctx: { ...systemContext(null, 'test'), db: app.database.db },
    input: { settings: conversationSettings(app.config), sign: (key) => appFiles(app.config).signer.sign(key) },
  });

/** `phone` writes to the channel; returns the person and the conversation it resolved to. */
export async function contactWrites(app: TestApp, m: Member, meta: FakeMeta, path: string, phone: string) {
  expectStatus(await meta.deliver(meta.inbound({ from: phone, name: 'Ana Souza' }), app, path), 200);
  await drainConversations(app);
  const res = await m.call('GET', '/conversations?limit=100');
  expectStatus(res, 200);
  const c = (res.json().items as { id: string; person_id: string; contact_address: string }[]).find(
    (x) => x.contact_address === `+${phone}`,
  );
  expect(c).toBeTruthy();
  return { personId: c?.person_id as string, conversationId: c?.id as string };
}

/** The templates the fake Meta received for `phone`. */
export const templatesTo = (meta: FakeMeta, phone: string) =>
  meta
    .sentMessages()
    .filter((s) => s.body.to === phone && s.body.type === 'template')
    .map((s) => s.body.template as { name: string; language: { code: string }; components: unknown[] });

/** An order of one R$ 49,80 line for the customer (a person id). */
export async function orderFor(m: Member, customerId: string): Promise<{ orderId: string; number: number }> {
  const sku = randomUUID().slice(0, 8);
  const product = await m.call('POST', '/products', { name: sku, currency: 'BRL', variants: [{ sku, price: 4980 }] });
  const order = await m.call('POST', '/orders', {
    customer_id: customerId,
    lines: [{ variant_id: product.json().variants[0].id, quantity: 1 }],
  });
  expectStatus(order, 201);
  return { orderId: order.json().id, number: order.json().number };
}

/** An orders event about the order (confirmed, shipped) as the consumer receives it. */
export const orderEvent = (m: Member, type: string, orderId: string): EventEnvelope => ({
  id: randomUUID(),
  type,
  version: 1,
  occurred_at: new Date().toISOString(),
  workspace_id: m.ws.workspaceId,
  aggregate: { type: 'order', id: orderId },
  actor: { type: 'system', id: 'orders' },
  request_id: null,
  correlation_id: null,
  causation_id: null,
  payload: { order_id: orderId, from_status: 'pending', reason: null, version: 3, reservation_id: null, total: 4980 },
});
