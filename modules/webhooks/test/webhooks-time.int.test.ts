import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { queryRows, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { newId, systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fanOutEvent, sendDueDeliveries, webhookSettings } from '../src/index';
import { HANG, type Receiver, startReceiver, verifyWebhook } from './receiver';

// Time-driven webhook behaviour: the sender use-case the workers run is called here with a chosen
// `now` (hours and days pass without waiting); no workers run in this app.

const HOUR = 3_600_000;
let app: TestApp;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  app = await createTestApp({
    WEBHOOKS_ALLOW_HTTP: 'true',
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOKS_DISABLE_AFTER_FAILURES: '40',
    WEBHOOKS_DISABLE_AFTER_HOURS: '24',
    WEBHOOKS_TIMEOUT_MS: '1000',
    // Signing secrets are stored sealed in this suite (the other one stores them in plain).
    NEXOVA_SECRET_KEY: 'k'.repeat(40),
  });
});
afterAll(async () => {
  await app?.dispose();
  await receiver?.close();
});

const sendAt = (now: Date) =>
  sendDueDeliveries({
    ctx: { ...systemContext(null, 'test'), db: app.database.db },
    input: { settings: webhookSettings(app.config), now },
  });

async function workspaceWith(path: string) {
  const ws = await signUpAndCreateWorkspace(app);
  const call = apiClient(app, ws.headers);
  const res = await call('POST', '/webhook-endpoints', { url: receiver.url(path), event_types: ['orders.order.*'] });
  expect(res.statusCode).toBe(201);
  return { ws, call, endpoint: res.json() as { id: string; secret: string } };
}

/** What the consumer does with an orders.order.placed event of the workspace. */
async function eventFor(ws: TestWorkspace) {
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
  await withTransaction(ctx, (t) => fanOutEvent({ ctx: t, input: { event } }));
  return event;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

describe('secret rotation', () => {
  it('signs with both secrets during the overlap, then only with the new one', async () => {
    const { ws, call, endpoint } = await workspaceWith('/rotate');
    const rotated = await call('POST', `/webhook-endpoints/${endpoint.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    const { secret: fresh, previous_secret_expires_at } = rotated.json();
    expect(fresh).not.toBe(endpoint.secret);
    expect(new Date(previous_secret_expires_at).getTime() - Date.now()).toBeGreaterThan(23 * HOUR);
    expect((await call('GET', `/webhook-endpoints/${endpoint.id}`)).json()).not.toHaveProperty('secret');
    const [stored] = await withTransaction({ ...systemContext(ws.workspaceId, 'test'), db: app.database.db }, (t) =>
      queryRows<{ secret: string; previous_secret: string }>(
        t.tx,
        sql`select secret, previous_secret from webhooks.endpoints where id = ${endpoint.id}`,
      ),
    );
    expect(stored?.secret.startsWith('v1.')).toBe(true);
    expect(stored?.previous_secret.startsWith('v1.')).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('whsec_');

    await call('POST', `/webhook-endpoints/${endpoint.id}/ping`);
    const during = new Date();
    await sendAt(during);
    const [both] = await receiver.waitFor('/rotate', 1);
    if (!both) throw new Error('no ping');
    expect(String(both.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifyWebhook(endpoint.secret, both.headers, both.body, seconds(during))).toBe(true);
    expect(verifyWebhook(fresh, both.headers, both.body, seconds(during))).toBe(true);

    await call('POST', `/webhook-endpoints/${endpoint.id}/ping`);
    const after = new Date(Date.now() + 25 * HOUR);
    await sendAt(after);
    const [, single] = await receiver.waitFor('/rotate', 2);
    if (!single) throw new Error('no ping');
    expect(String(single.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verifyWebhook(fresh, single.headers, single.body, seconds(after))).toBe(true);
    expect(verifyWebhook(endpoint.secret, single.headers, single.body, seconds(after))).toBe(false);
  });
});

describe('retries', () => {
  it('backs off exponentially, is not sent before it is due, and gives up after 3 days', async () => {
    const { ws, call, endpoint } = await workspaceWith('/down');
    receiver.answer('/down', ...Array<number>(60).fill(503));
    await eventFor(ws);
    const start = new Date();
    let now = start;
    const gaps: number[] = [];
    let delivery: { id: string; status: string; next_attempt_at: string | null } | undefined;
    for (let i = 0; i < 60; i++) {
      await sendAt(now);
      [delivery] = (await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries`)).json().items;
      if (!delivery?.next_attempt_at) break;
      const next = new Date(delivery.next_attempt_at);
      gaps.push(next.getTime() - now.getTime());
      expect((await sendAt(new Date(next.getTime() - 1000))).sent).toBe(0); // not yet due
      now = next;
    }
    expect(delivery?.status).toBe('failed');
    expect(gaps[0]).toBeGreaterThanOrEqual(24_000);
    expect(gaps[0]).toBeLessThanOrEqual(36_000);
    expect(gaps[3]).toBeGreaterThan(gaps[0] ?? 0);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(6 * HOUR * 1.2);
    const elapsed = now.getTime() - start.getTime();
    expect(elapsed).toBeGreaterThan(60 * HOUR);
    expect(elapsed).toBeLessThanOrEqual(72 * HOUR);
    const detail = (await call('GET', `/webhook-deliveries/${delivery?.id}`)).json();
    expect(detail.attempts).toHaveLength(gaps.length + 1);
    expect(detail.attempts.every((a: { status_code: number }) => a.status_code === 503)).toBe(true);
    expect(detail).toMatchObject({ status: 'failed', last_status_code: 503, next_attempt_at: null });
    // One delivery failing for 3 days is not yet a dead endpoint (40 attempts over 24 h are).
    expect((await call('GET', `/webhook-endpoints/${endpoint.id}`)).json()).toMatchObject({ enabled: true });
  });
});

describe('what counts as a failure', () => {
  it('does not follow redirects and gives up on an endpoint that does not answer in time', async () => {
    const { ws, call, endpoint } = await workspaceWith('/moved');
    receiver.answer('/moved', 302, HANG);
    await eventFor(ws);
    const now = new Date();
    await sendAt(now);
    const [delivery] = (await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries`)).json().items;
    expect(delivery).toMatchObject({
      status: 'pending',
      last_status_code: 302,
      last_error: 'redirect to /elsewhere not followed',
    });
    expect(receiver.on('/elsewhere')).toHaveLength(0);
    await sendAt(new Date(delivery.next_attempt_at));
    const detail = (await call('GET', `/webhook-deliveries/${delivery.id}`)).json();
    expect(detail.attempts[1]).toMatchObject({
      status_code: null,
      error: 'no answer within 1000 ms',
      succeeded: false,
    });
    expect(detail.attempts[1].duration_ms).toBeGreaterThanOrEqual(900);
    expect(detail.status).toBe('pending');
  });
});

describe('automatic disabling', () => {
  it('disables an endpoint after sustained failure, with webhooks.endpoint.disabled; re-enabling resumes', async () => {
    const { ws, call, endpoint } = await workspaceWith('/dead');
    receiver.answer('/dead', ...Array<number>(200).fill(500));
    for (let i = 0; i < 3; i++) await eventFor(ws);
    const start = new Date();
    let now = start;
    let shown = (await call('GET', `/webhook-endpoints/${endpoint.id}`)).json();
    for (let i = 0; i < 200 && shown.enabled; i++) {
      await sendAt(now);
      const pending = (await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries?status=pending`)).json().items;
      const due = pending.map((d: { next_attempt_at: string }) => new Date(d.next_attempt_at).getTime());
      now = new Date(Math.min(...due));
      shown = (await call('GET', `/webhook-endpoints/${endpoint.id}`)).json();
    }
    expect(shown).toMatchObject({ enabled: false, disabled_reason: 'failing' });
    const [event] = await queryRows<{
      payload: { reason: string; consecutive_failures: number; failing_since: string };
    }>(
      app.database.db,
      sql`select payload from events.outbox where type = 'webhooks.endpoint.disabled' and aggregate_id = ${endpoint.id}`,
    );
    expect(event?.payload.reason).toBe('failing');
    expect(event?.payload.consecutive_failures).toBeGreaterThanOrEqual(40);
    const failingFor = new Date(shown.disabled_at).getTime() - new Date(event?.payload.failing_since ?? 0).getTime();
    expect(failingFor).toBeGreaterThanOrEqual(24 * HOUR);
    const received = receiver.on('/dead').length;
    expect(received).toBeGreaterThanOrEqual(40);

    // Disabled: its pending deliveries wait, even when long due.
    const pendingIds = (await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries?status=pending`)).json().items;
    expect(pendingIds.length).toBeGreaterThan(0);
    await sendAt(new Date(now.getTime() + HOUR));
    expect(receiver.on('/dead')).toHaveLength(received);

    const enabled = await call('PATCH', `/webhook-endpoints/${endpoint.id}`, { enabled: true });
    expect(enabled.json()).toMatchObject({ enabled: true, disabled_reason: null, disabled_at: null });
    await sendAt(new Date(now.getTime() + 7 * HOUR));
    expect(receiver.on('/dead').length).toBeGreaterThan(received);
  });
});
