import { createTestApp, type TestApp } from '@nexova/app';
import { queryRows } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { bookable, type Clinic, clinicWorkspace, created } from './fixtures';

// The queue is live: a reception screen subscribed to /api/v1/ws receives each queue change as an
// agenda.queue.* frame (the realtime feed streams the events the queue publishes as they commit).

let app: TestApp;
let c: Clinic;
let base: string;
beforeAll(async () => {
  app = await createTestApp();
  base = (await app.listen({ host: '127.0.0.1', port: 0 })).replace(/^http/, 'ws');
  c = await clinicWorkspace(app);
});
afterAll(async () => {
  await app?.dispose();
});

/** Subscribes after the workspace's last event and resolves each next frame in order. */
async function subscribe() {
  const [last] = await queryRows<{ id: string }>(
    app.database.db,
    sql`select id from events.outbox where workspace_id = ${c.ws.workspaceId} order by position desc limit 1`,
  );
  const token = (c.ws.headers.authorization as string).slice('Bearer '.length);
  const socket = new WebSocket(
    `${base}/api/v1/ws?access_token=${token}&workspace_id=${c.ws.workspaceId}&last_event_id=${last?.id}`,
  );
  const frames: EventEnvelope[] = [];
  let wake = () => {};
  socket.on('message', (data: Buffer) => {
    frames.push(JSON.parse(data.toString()));
    wake();
  });
  const next = async () => {
    while (frames.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return frames.shift() as EventEnvelope;
  };
  expect(await next()).toMatchObject({ type: 'ready' });
  return { socket, next };
}

describe('live reception queue', () => {
  it('streams a walk-in joining and being called', async () => {
    const b = await bookable(c);
    const { socket, next } = await subscribe();
    const entry = await created(c, '/agenda/queue', { name: 'Bruno', professional_id: b.professionalId });
    expect(await next()).toMatchObject({
      type: 'agenda.queue.joined',
      aggregate: { id: entry.id },
      payload: { status: 'waiting', queue_kind: 'professional', queue_owner_id: b.professionalId, name: 'Bruno' },
    });
    expect((await c.call('POST', '/agenda/queue/call-next', { professional_id: b.professionalId })).statusCode).toBe(
      200,
    );
    expect(await next()).toMatchObject({
      type: 'agenda.queue.called',
      payload: { entry_id: entry.id, status: 'called', from_status: 'waiting' },
    });
    socket.terminate();
  });
});
