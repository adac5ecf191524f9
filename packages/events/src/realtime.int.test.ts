import websocket from '@fastify/websocket';
import { withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent } from './define-event';
import type { EventEnvelope } from './envelope';
import { publish } from './publish';
import { realtimeRoutes } from './realtime';
import { waitFor } from './testing/contract';

const seen = defineEvent({
  type: 'probe.realtime.shown',
  version: 1,
  aggregate: 'probe',
  description: 'Realtime probe the caller may see (tests only).',
  payload: z.object({ n: z.number() }),
});
const secret = defineEvent({
  type: 'probe.realtime.hidden',
  version: 1,
  aggregate: 'probe',
  description: 'Realtime probe the caller may not see (tests only).',
  payload: z.object({ n: z.number() }),
});

let database: TestDatabase;
let app: FastifyInstance;
const workspace = newId();
const other = newId();

beforeAll(async () => {
  database = await createTestDatabase();
  app = Fastify();
  await app.register(websocket);
  await app.register(
    realtimeRoutes({
      database,
      pollIntervalMs: 20,
      authenticate: async (request) =>
        request.headers.authorization === 'Bearer ok'
          ? { workspaceId: workspace, canSee: (type) => type !== secret.type }
          : null,
    }),
  );
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

const emit = (ws: string, def: typeof seen, n: number) =>
  withTransaction({ ...systemContext(ws), db: database.db }, (t) =>
    publish(t, def, { aggregateId: 'p', payload: { n } }),
  );

describe('realtime feed (GET /ws)', () => {
  it('refuses a caller without a valid token (401)', async () => {
    const res = await app.inject({ method: 'GET', url: '/ws' });
    expect(res.statusCode).toBe(401);
  });

  it('streams the workspace events the caller may see as they commit, and replays after a last event id', async () => {
    const received: EventEnvelope[] = [];
    const ws = await app.injectWS(
      '/ws',
      { headers: { authorization: 'Bearer ok' } },
      { onInit: (s) => s.on('message', (data: Buffer) => received.push(JSON.parse(data.toString()))) },
    );
    await new Promise((r) => setTimeout(r, 300)); // the server places its cursor after the upgrade
    const first = await emit(workspace, seen, 1);
    await emit(workspace, secret, 2);
    await emit(other, seen, 3);
    await emit(workspace, seen, 4);
    await waitFor(async () => received.length >= 2, 10_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(received.map((e) => (e.payload as { n: number }).n)).toEqual([1, 4]);
    ws.terminate();

    // Reconnecting with the first event's id replays what came after it (that the caller may see).
    await emit(workspace, seen, 5);
    const replayed: EventEnvelope[] = [];
    const again = await app.injectWS(
      `/ws?last_event_id=${first.id}`,
      { headers: { authorization: 'Bearer ok' } },
      // Listen from the start: the replay can arrive before the upgrade resolves.
      { onInit: (s) => s.on('message', (data: Buffer) => replayed.push(JSON.parse(data.toString()))) },
    );
    await waitFor(async () => replayed.length >= 2, 10_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(replayed.map((e) => (e.payload as { n: number }).n)).toEqual([4, 5]);
    again.terminate();
  });
});
