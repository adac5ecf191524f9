import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ApiCall, apiClient, type TestApp } from '@nexova/app';
import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { createEmbeddedTransport, type EventEnvelope } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { notifyStaff, sendDueMails, staffNotificationsConsumer } from '../src/index';

// Notifications test fixtures: members through the API, the staff consumer drained by hand (no
// clock, no sleeps), the mail worker run as the worker runs it, and the mail the embedded mailer wrote.

export type Member = { call: ApiCall; ws: TestWorkspace };

export async function owner(app: TestApp): Promise<Member> {
  const ws = await signUpAndCreateWorkspace(app);
  return { call: apiClient(app, ws.headers), ws };
}

/**
 * An integration of `of`'s workspace: an API key with every permission, acting on its own behalf
 * (members are not told about their own actions, so the tests' orders are placed by this).
 */
export async function integrationOf(app: TestApp, of: Member): Promise<Member> {
  const key = await of.call('POST', '/api-keys', {
    name: `integration ${randomUUID().slice(0, 8)}`,
    permissions: ['*'],
  });
  expectStatus(key, 201);
  const headers = { authorization: `Bearer ${key.json().key}`, 'x-workspace-id': of.ws.workspaceId };
  return { call: apiClient(app, headers), ws: of.ws };
}

/** A second member of `of`'s workspace whose role holds exactly `permissions`. */
export async function memberOf(app: TestApp, of: Member, permissions: string[]): Promise<Member> {
  const ws = await signUpAndCreateWorkspace(app, { permissions, owner: of.ws });
  return { call: apiClient(app, ws.headers), ws };
}

export const expectStatus = (res: { statusCode: number; body: string }, status: number) =>
  expect(res.statusCode, res.body).toBe(status);

/** Runs the staff consumer over everything committed so far. */
export const drain = (app: TestApp) =>
  createEmbeddedTransport({
    database: app.database,
    consumers: [staffNotificationsConsumer({ recipientsMax: 100 })],
  }).drain();

/** One run of the mail worker. */
export const runMailer = (app: TestApp) =>
  sendDueMails({
    ctx: { ...systemContext(null, 'test'), db: app.database.db },
    input: { mailer: app.runtimes.notifications.mailer, settings: app.runtimes.notifications.settings },
  });

/** An order of `total` minor units (one line) in the caller's workspace. */
export async function orderOf(m: Member, total: number): Promise<string> {
  const sku = randomUUID().slice(0, 8);
  const product = await m.call('POST', '/products', { name: sku, currency: 'BRL', variants: [{ sku, price: total }] });
  expectStatus(product, 201);
  const res = await m.call('POST', '/orders', { lines: [{ variant_id: product.json().variants[0].id, quantity: 1 }] });
  expectStatus(res, 201);
  return res.json().id;
}

/** Pays an order in full (cash). */
export async function pay(m: Member, orderId: string, amount: number): Promise<void> {
  expectStatus(await m.call('POST', `/orders/${orderId}/payments`, { amount, method: 'cash' }), 201);
}

export type Item = {
  id: string;
  kind: string;
  title: string;
  body: string;
  read_at: string | null;
  params: Record<string, unknown>;
};

export async function feedOf(m: Member, query = ''): Promise<Item[]> {
  const res = await m.call('GET', `/notifications?limit=100${query}`);
  expectStatus(res, 200);
  return res.json().items as Item[];
}

export async function unreadOf(m: Member): Promise<number> {
  const res = await m.call('GET', '/notifications/unread-count');
  expectStatus(res, 200);
  return res.json().unread_count as number;
}

/** The committed event of `type` about an order, as a consumer receives it (to deliver it again). */
export async function eventAbout(
  app: TestApp,
  ws: TestWorkspace,
  type: string,
  orderId: string,
): Promise<EventEnvelope> {
  const ctx: AppContext = { ...systemContext(ws.workspaceId), db: app.database.db };
  const [row] = await withTransaction(ctx, (t) =>
    queryRows<{ id: string; type: string; version: number; payload: unknown; aggregate_id: string }>(
      t.tx,
      sql`select id, type, version, payload, aggregate_id from events.outbox
          where workspace_id = ${ws.workspaceId} and type = ${type} and payload->>'order_id' = ${orderId}`,
    ),
  );
  if (!row) throw new Error(`no ${type} for ${orderId}`);
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    occurred_at: new Date().toISOString(),
    workspace_id: ws.workspaceId,
    aggregate: { type: 'payment', id: row.aggregate_id },
    actor: { type: 'system', id: 'test' },
    request_id: null,
    correlation_id: null,
    causation_id: null,
    payload: row.payload,
  };
}

/** Delivers an event to the notifier again, as a redelivery would (its own transaction). */
export function redeliver(app: TestApp, ws: TestWorkspace, event: EventEnvelope) {
  const ctx: AppContext = { ...systemContext(ws.workspaceId), db: app.database.db };
  return withTransaction(ctx, (t) => notifyStaff({ ctx: t, input: { event, recipientsMax: 100 } }));
}

/** The .eml files the embedded mailer wrote to `to`. */
export async function mailsTo(app: TestApp, to: string): Promise<string[]> {
  const folder = join(app.config.NEXOVA_DATA_DIR, 'mail');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort();
  const all = await Promise.all(names.map((n) => readFile(join(folder, n), 'utf8')));
  return all.filter((m) => (m.split(/\r?\n\r?\n/)[0] ?? '').toLowerCase().includes(`to: ${to.toLowerCase()}`));
}
