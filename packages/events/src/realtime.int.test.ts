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
import type { RealtimeReadyFrame } from './realtime.schema';

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

const emit = (ws: string, def: typeof seen | typeof secret, n: number) =>
  withTransaction({ ...systemContext(ws), db: database.db }, (t) =>
    publish(t, def, { aggregateId: 'p', payload: { n } }),
  );

type Frame = EventEnvelope | RealtimeReadyFrame;
const isEvent = (f: Frame): f is EventEnvelope => f.type !== 'ready';
const numbers = (frames: Frame[]) => frames.filter(isEvent).map((e) => (e.payload as { n: number }).n);

/** Opens the feed and collects its frames from the first one on (the upgrade may resolve after they arrive). */
async function subscribe(url: string) {
  const frames: Frame[] = [];
  let changed = () => {};
  const ws = await app.injectWS(
    url,
    { headers: { authorization: 'Bearer ok' } },
    {
      onInit: (s) =>
        s.on('message', (data: Buffer) => {
          frames.push(JSON.parse(data.toString()));
          changed();
        }),
    },
  );
  /** Resolves once a frame satisfies `check` (no timers: each frame re-checks). */
  const until = async (check: (f: Frame) => boolean) => {
    while (!frames.some(check)) await new Promise<void>((resolve) => (changed = resolve));
  };
  await until((f) => f.type === 'ready');
  return { ws, frames, until };
}

/** An event frame with payload n. */
const carrying = (n: number) => (f: Frame) => isEvent(f) && (f.payload as { n: number }).n === n;

describe('realtime feed (GET /ws)', () => {
  it('refuses a caller without a valid token (401)', async () => {
    const res = await app.inject({ method: 'GET', url: '/ws' });
    expect(res.statusCode).toBe(401);
  });

  it('sends the ready frame first, then the workspace events the caller may see as they commit', async () => {
    const feed = await subscribe('/ws');
    expect(feed.frames).toEqual([{ type: 'ready', workspace_id: workspace, resumed_after: null }]);
    // From the ready frame on, every commit is delivered: no wait for the server's cursor.
    await emit(workspace, seen, 1);
    await emit(workspace, secret, 2);
    await emit(other, seen, 3);
    await emit(workspace, seen, 4);
    // Events arrive in log order, so once the last one is in, anything else would have come before it.
    await emit(workspace, seen, 100);
    await feed.until(carrying(100));
    expect(feed.frames[0]?.type).toBe('ready');
    expect(numbers(feed.frames)).toEqual([1, 4, 100]);
    feed.ws.terminate();
  });

  it('replays after a last event id, saying so in the ready frame', async () => {
    const first = await emit(workspace, seen, 11);
    await emit(workspace, secret, 12);
    await emit(workspace, seen, 13);
    await emit(workspace, seen, 14);
    const feed = await subscribe(`/ws?last_event_id=${first.id}`);
    expect(feed.frames[0]).toEqual({ type: 'ready', workspace_id: workspace, resumed_after: first.id });
    await emit(workspace, seen, 200);
    await feed.until(carrying(200));
    expect(numbers(feed.frames)).toEqual([13, 14, 200]);
    feed.ws.terminate();
  });

  it('starts live when the last event id is not one of the workspace (resumed_after null)', async () => {
    const foreign = await emit(other, seen, 21);
    const feed = await subscribe(`/ws?last_event_id=${foreign.id}`);
    expect(feed.frames[0]).toEqual({ type: 'ready', workspace_id: workspace, resumed_after: null });
    await emit(workspace, seen, 300);
    await feed.until(carrying(300));
    // Live from about now: nothing of the other workspace; events that committed just before the
    // subscription may come too while older transactions run elsewhere on the server.
    expect(numbers(feed.frames).at(-1)).toBe(300);
    expect(numbers(feed.frames)).not.toContain(21);
    feed.ws.terminate();
  });
});
