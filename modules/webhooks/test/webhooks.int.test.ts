import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { newId, systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fanOutEvent } from '../src/index';
import { eventually, type Receiver, startReceiver, verifyWebhook } from './receiver';

// Outgoing webhooks through the real app and its workers (consumer + sender) to a real local receiver.

let app: TestApp;
let receiver: Receiver;
let ws: TestWorkspace;
let call: ApiCall;

beforeAll(async () => {
  receiver = await startReceiver();
  app = await createTestApp(
    {
      WEBHOOKS_ALLOW_HTTP: 'true',
      WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOKS_SEND_INTERVAL_MS: '25',
      WEBHOOKS_RETRY_BASE_MS: '20',
      WEBHOOKS_RETRY_MAX_MS: '100',
      EVENTS_POLL_INTERVAL_MS: '25',
    },
    { workers: true },
  );
  ws = await signUpAndCreateWorkspace(app);
  call = apiClient(app, ws.headers);
});
afterAll(async () => {
  await app?.dispose();
  await receiver?.close();
});

async function endpointFor(path: string, eventTypes: string[], c = call) {
  const res = await c('POST', '/webhook-endpoints', { url: receiver.url(path), event_types: eventTypes });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; secret: string };
}

async function placeOrder(c = call) {
  const sku = randomUUID().slice(0, 8);
  const product = await c('POST', '/products', { name: sku, currency: 'BRL', variants: [{ sku, price: 1000 }] });
  const order = await c('POST', '/orders', { lines: [{ variant_id: product.json().variants[0].id, quantity: 1 }] });
  expect(order.statusCode).toBe(201);
  return order.json().id as string;
}

const deliveryOf = async (endpointId: string, status?: string) => {
  const res = await call('GET', `/webhook-endpoints/${endpointId}/deliveries${status ? `?status=${status}` : ''}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: string; status: string; event_id: string; event_type: string }[];
};

describe('webhook endpoints API', () => {
  it('creates (secret shown once, Location), reads, lists, edits and deletes', async () => {
    const res = await call('POST', '/webhook-endpoints', {
      url: 'https://example.com/hooks',
      description: 'ERP',
      event_types: ['orders.order.*'],
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(res.headers.location).toBe(`/api/v1/webhook-endpoints/${created.id}`);
    expect(created).toMatchObject({ url: 'https://example.com/hooks', enabled: true, disabled_reason: null });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const read = await call('GET', `/webhook-endpoints/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).not.toHaveProperty('secret');
    const list = (await call('GET', '/webhook-endpoints?limit=100')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toContain(created.id);
    expect(list).toHaveProperty('next_cursor');
    const edited = await call('PATCH', `/webhook-endpoints/${created.id}`, { description: 'ERP sync' });
    expect(edited.json()).toMatchObject({ description: 'ERP sync', version: 2 });
    expect((await call('DELETE', `/webhook-endpoints/${created.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/webhook-endpoints/${created.id}`)).json()).toMatchObject({
      status: 404,
      code: 'webhook_endpoint_not_found',
    });
  });

  it('answers problem+json naming the field for a bad URL or event type', async () => {
    const http = await call('POST', '/webhook-endpoints', { url: 'ftp://example.com/x', event_types: ['*'] });
    expect(http.statusCode).toBe(422);
    expect(http.json()).toMatchObject({ code: 'webhook_url_not_allowed', errors: [{ pointer: '/url' }] });
    const unknown = await call('POST', '/webhook-endpoints', {
      url: 'https://example.com/x',
      event_types: ['orders.order.*', 'orders.order.exploded'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'webhook_event_type_unknown',
      errors: [{ pointer: '/event_types/1' }],
    });
    const malformed = await call('POST', '/webhook-endpoints', {
      url: 'https://example.com/x',
      event_types: ['orders'],
    });
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json().errors)).toContain('/event_types/0');
  });
});

describe('deliveries', () => {
  it('POSTs the subscribed events, signed so the shown secret verifies them', async () => {
    const endpoint = await endpointFor('/signed', ['orders.order.*']);
    const orderId = await placeOrder();
    const [first] = await receiver.waitFor('/signed', 1);
    if (!first) throw new Error('no delivery');
    expect(first.headers['user-agent']).toBe('Nexova-Webhooks/1');
    expect(first.headers['content-type']).toBe('application/json');
    expect(verifyWebhook(endpoint.secret, first.headers, first.body)).toBe(true);
    expect(verifyWebhook(endpoint.secret, first.headers, `${first.body} `)).toBe(false);
    const body = JSON.parse(first.body);
    expect(body).toMatchObject({
      type: 'orders.order.placed',
      workspace_id: ws.workspaceId,
      data: { order_id: orderId },
    });
    expect(body.id).toBe(first.headers['webhook-id']);
    expect(Object.keys(body).sort()).toEqual(['created_at', 'data', 'id', 'type', 'workspace_id']);
    // The product created before the order (catalog.product.created) was not subscribed.
    expect(receiver.on('/signed').every((r) => JSON.parse(r.body).type.startsWith('orders.order.'))).toBe(true);
  });

  it('retries failures with backoff until a 2xx; the log shows each status code', async () => {
    const endpoint = await endpointFor('/flaky', ['orders.order.placed']);
    receiver.answer('/flaky', 500, 503);
    await placeOrder();
    const got = await receiver.waitFor('/flaky', 3);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const [delivery] = await eventually(async () => {
      const rows = await deliveryOf(endpoint.id, 'delivered');
      return rows.length > 0 && rows;
    });
    const detail = (await call('GET', `/webhook-deliveries/${delivery?.id}`)).json();
    expect(detail).toMatchObject({ status: 'delivered', attempt_count: 3, last_status_code: 200, kind: 'event' });
    expect(detail.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 503, 200]);
    expect(detail.attempts[0]).toMatchObject({ succeeded: false, response_body: 'nope 500' });
    expect(detail.payload.id).toBe(got[0]?.headers['webhook-id']);
    expect((await deliveryOf(endpoint.id, 'failed')).length).toBe(0);
  });

  it('redelivers by hand with the same webhook-id; pings on demand', async () => {
    const endpoint = await endpointFor('/manual', ['orders.order.placed']);
    await placeOrder();
    const [first] = await receiver.waitFor('/manual', 1);
    const [delivery] = await eventually(async () => {
      const rows = await deliveryOf(endpoint.id, 'delivered');
      return rows.length > 0 && rows;
    });
    const again = await call('POST', `/webhook-deliveries/${delivery?.id}/redeliver`);
    expect(again.statusCode).toBe(202);
    expect(again.json()).toMatchObject({ status: 'pending' });
    const [, second] = await receiver.waitFor('/manual', 2);
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
    expect(second?.body).toBe(first?.body);
    await eventually(async () => (await call('GET', `/webhook-deliveries/${delivery?.id}`)).json().attempt_count === 2);

    const ping = await call('POST', `/webhook-endpoints/${endpoint.id}/ping`);
    expect(ping.statusCode).toBe(202);
    expect(ping.headers.location).toBe(`/api/v1/webhook-deliveries/${ping.json().id}`);
    const [, , pinged] = await receiver.waitFor('/manual', 3);
    expect(JSON.parse(pinged?.body ?? '{}')).toMatchObject({
      type: 'webhooks.endpoint.ping',
      data: { endpoint_id: endpoint.id },
    });
    expect(verifyWebhook(endpoint.secret, pinged?.headers ?? {}, pinged?.body ?? '')).toBe(true);

    // The log pages with limit and cursor, newest first: the ping, then the event.
    const firstPage = (await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries?limit=1`)).json();
    expect(firstPage.items.map((d: { kind: string }) => d.kind)).toEqual(['ping']);
    const cursor = encodeURIComponent(firstPage.next_cursor);
    const secondPage = (
      await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries?limit=1&cursor=${cursor}`)
    ).json();
    expect(secondPage.items.map((d: { id: string }) => d.id)).toEqual([delivery?.id]);
    const bad = await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries?status=lost`);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('status');
  });

  it('disables an endpoint at once when it answers 410 Gone, with its event', async () => {
    const endpoint = await endpointFor('/gone', ['orders.order.placed']);
    receiver.answer('/gone', 410);
    await placeOrder();
    await receiver.waitFor('/gone', 1);
    const shown = await eventually(async () => {
      const e = (await call('GET', `/webhook-endpoints/${endpoint.id}`)).json();
      return e.enabled === false && e;
    });
    expect(shown).toMatchObject({ disabled_reason: 'gone' });
    expect((await deliveryOf(endpoint.id, 'failed')).length).toBe(1);
    const events = await queryRows<{ payload: { reason: string } }>(
      app.database.db,
      sql`select payload from events.outbox where type = 'webhooks.endpoint.disabled' and aggregate_id = ${endpoint.id}`,
    );
    expect(events.map((e) => e.payload.reason)).toEqual(['gone']);
    const redeliver = await call('POST', `/webhook-deliveries/${(await deliveryOf(endpoint.id))[0]?.id}/redeliver`);
    expect(redeliver.json()).toMatchObject({ status: 409, code: 'webhook_endpoint_disabled' });
  });

  it('sends an event processed twice once', async () => {
    const endpoint = await endpointFor('/dedupe', ['orders.order.placed']);
    const event: EventEnvelope = {
      id: newId(),
      type: 'orders.order.placed',
      version: 1,
      occurred_at: new Date().toISOString(),
      workspace_id: ws.workspaceId,
      aggregate: { type: 'order', id: newId() },
      actor: { type: 'system', id: 'test' },
      request_id: null,
      correlation_id: null,
      causation_id: null,
      payload: { order_id: newId() },
    };
    const ctx = { ...systemContext(ws.workspaceId, 'test'), db: app.database.db };
    // Every endpoint of the workspace subscribed to orders.order.placed gets one delivery, once.
    const first = await withTransaction(ctx, (t) => fanOutEvent({ ctx: t, input: { event } }));
    const second = await withTransaction(ctx, (t) => fanOutEvent({ ctx: t, input: { event } }));
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(0);
    await receiver.waitFor('/dedupe', 1);
    await eventually(async () => (await deliveryOf(endpoint.id, 'delivered')).length === 1);
    expect(await withTransaction(ctx, (t) => fanOutEvent({ ctx: t, input: { event } }))).toBe(0);
    expect(receiver.on('/dedupe').filter((r) => r.headers['webhook-id'] === event.id)).toHaveLength(1);
  });
});

describe('isolation', () => {
  it('another workspace neither sees, redelivers nor receives', async () => {
    const endpoint = await endpointFor('/mine', ['orders.order.placed']);
    await placeOrder();
    const [delivery] = await eventually(async () => {
      const rows = await deliveryOf(endpoint.id, 'delivered');
      return rows.length > 0 && rows;
    });
    const other = await signUpAndCreateWorkspace(app);
    const theirs = apiClient(app, other.headers);
    expect((await theirs('GET', `/webhook-endpoints/${endpoint.id}`)).statusCode).toBe(404);
    expect((await theirs('GET', `/webhook-endpoints/${endpoint.id}/deliveries`)).statusCode).toBe(404);
    expect((await theirs('GET', `/webhook-deliveries/${delivery?.id}`)).statusCode).toBe(404);
    expect((await theirs('POST', `/webhook-deliveries/${delivery?.id}/redeliver`)).statusCode).toBe(404);
    expect((await theirs('PATCH', `/webhook-endpoints/${endpoint.id}`, { enabled: false })).statusCode).toBe(404);
    expect((await theirs('GET', '/webhook-endpoints')).json()).toEqual({ items: [], next_cursor: null });
    // Row-level security: no filter at all still shows nothing of the first workspace.
    const seen = await withTransaction({ ...systemContext(other.workspaceId, 'test'), db: app.database.db }, (t) =>
      queryRows<{ n: number }>(t.tx, sql`select count(*)::int as n from webhooks.deliveries`),
    );
    expect(seen[0]?.n).toBe(0);
    // Their orders never reach our endpoint.
    const theirsEndpoint = await endpointFor('/theirs', ['orders.order.placed'], theirs);
    await placeOrder(theirs);
    await receiver.waitFor('/theirs', 1);
    expect(receiver.on('/mine')).toHaveLength(1);
    expect(theirsEndpoint.id).not.toBe(endpoint.id);
  });

  it('needs webhooks:read to look and webhooks:manage to change', async () => {
    const reader = await signUpAndCreateWorkspace(app, { owner: ws, permissions: ['webhooks:read'] });
    const read = apiClient(app, reader.headers);
    expect((await read('GET', '/webhook-endpoints')).statusCode).toBe(200);
    const denied = await read('POST', '/webhook-endpoints', { url: 'https://example.com/x', event_types: ['*'] });
    expect(denied.statusCode).toBe(403);
  });
});
