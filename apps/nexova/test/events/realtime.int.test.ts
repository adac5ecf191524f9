import { randomUUID } from 'node:crypto';
import { queryRows } from '@nexova/db';
import { ACCESS_ENDED_CLOSE_CODE, type EventEnvelope, type RealtimeReadyFrame } from '@nexova/events';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestApp, type TestApp } from '../../src/testing';

// /api/v1/ws through the whole application: real access tokens, the workspace's membership, and
// each event filtered by the caller's grants. The socket resumes after the workspace's last event
// (`last_event_id`), so what it receives is exact even while other transactions run on the server,
// and waits for the ready frame that says so.

let app: TestApp;
let base: string;
beforeAll(async () => {
  // Open sockets check their caller again every 200 ms, against the session as it is now (no cache).
  app = await createTestApp({ REALTIME_RECHECK_INTERVAL_MS: '200', AUTH_SESSION_CHECK_TTL_MS: '0' });
  base = (await app.listen({ host: '127.0.0.1', port: 0 })).replace(/^http/, 'ws');
});
afterAll(async () => {
  await app?.dispose();
});

type Frame = EventEnvelope | RealtimeReadyFrame;

const lastEventOf = async (workspaceId: string) =>
  (
    await queryRows<{ id: string }>(
      app.database.db,
      sql`select id from events.outbox where workspace_id = ${workspaceId} order by position desc limit 1`,
    )
  )[0]?.id as string;

/** Opens the socket the way a browser would (token and workspace in the query), and waits for the ready frame. */
async function subscribe(who: TestWorkspace) {
  const received: Frame[] = [];
  let notify = () => {};
  const token = (who.headers.authorization as string).slice('Bearer '.length);
  const last = await lastEventOf(who.workspaceId);
  const socket = new WebSocket(
    `${base}/api/v1/ws?access_token=${token}&workspace_id=${who.workspaceId}&last_event_id=${last}`,
  );
  socket.on('message', (data: Buffer) => {
    received.push(JSON.parse(data.toString()));
    notify();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const nextFrame = async (): Promise<Frame> => {
    while (received.length === 0) await new Promise<void>((resolve) => (notify = resolve));
    return received.shift() as Frame;
  };
  const ready = await nextFrame();
  expect(ready).toEqual({ type: 'ready', workspace_id: who.workspaceId, resumed_after: last });
  return { socket, next: nextFrame as () => Promise<EventEnvelope> };
}

const post = (who: TestWorkspace, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: { ...who.headers, 'idempotency-key': randomUUID() }, payload });

describe('realtime feed with real access control', () => {
  it('streams the workspace events as they commit', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const { socket, next } = await subscribe(owner);
    const created = (await post(owner, '/api/v1/customers', { name: 'Carla' })).json() as { id: string };
    const event = await next();
    expect(event).toMatchObject({
      type: 'customers.customer.created',
      workspace_id: owner.workspaceId,
      aggregate: { id: created.id },
    });
    socket.terminate();
  });

  it('closes an open socket with 4401 once its caller signs out', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const { socket } = await subscribe(owner);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
    );
    const out = await post(owner, '/api/v1/auth/logout', { refresh_token: owner.refreshToken });
    expect(out.statusCode, out.body).toBeLessThan(300);
    expect(await closed).toEqual({ code: ACCESS_ENDED_CLOSE_CODE, reason: 'access ended: sign in again' });
  });

  it('leaves out events the caller may not read', async () => {
    const clerk = await signUpAndCreateWorkspace(app, {
      permissions: ['events:subscribe', 'customers:write', 'products:read', 'products:write'],
    });
    const { socket, next } = await subscribe(clerk);
    expect((await post(clerk, '/api/v1/customers', { name: 'Hidden' })).statusCode).toBe(201);
    const product = (
      await post(clerk, '/api/v1/products', {
        name: 'Caneca',
        currency: 'BRL',
        variants: [{ sku: `RT-${randomUUID().slice(0, 8)}`, price: 2500 }],
      })
    ).json() as { id: string };
    // The customer event came first in the log; without customers:read it is not sent.
    expect(await next()).toMatchObject({ type: 'catalog.product.created', aggregate: { id: product.id } });
    socket.terminate();
  });

  it('refuses a socket without a token, and a member without events:subscribe', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/ws' })).statusCode).toBe(401);
    const reader = await signUpAndCreateWorkspace(app, { permissions: ['customers:read'] });
    const res = await app.inject({ method: 'GET', url: '/api/v1/ws', headers: reader.headers });
    expect(res.statusCode).toBe(403);
  });
});
