import { createTestApp, type TestApp } from '@nexova/app';
import type { EventEnvelope } from '@nexova/events';
import { subjectOf } from '@nexova/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  drain,
  expectStatus,
  feedOf,
  integrationOf,
  type Member,
  mailsTo,
  memberOf,
  orderOf,
  owner,
  pay,
  runMailer,
} from './helpers';

// The feed is live and each member's own: /ws sends notifications.item.created only to the member
// it names. Mail goes out once however many workers run at the same time.

let app: TestApp;
let base: string;
let boss: Member;
let seller: Member;
let clerk: Member;

beforeAll(async () => {
  app = await createTestApp();
  base = (await app.listen({ host: '127.0.0.1', port: 0 })).replace(/^http/, 'ws');
  boss = await owner(app);
  // Orders are placed and paid by an integration: members are not told about their own actions.
  seller = await integrationOf(app, boss);
  clerk = await memberOf(app, boss, ['orders:read', 'events:subscribe', 'notifications:read']);
}, 120_000);
afterAll(async () => {
  await app?.dispose();
});

/** Subscribes with a member's token; resolves each next frame in order. */
async function subscribe(m: Member) {
  const token = (m.ws.headers.authorization as string).slice('Bearer '.length);
  const socket = new WebSocket(`${base}/api/v1/ws?access_token=${token}&workspace_id=${m.ws.workspaceId}`);
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

/** Frames until one of `type` arrives; returns every frame read, that one last. */
async function until(feed: { next(): Promise<EventEnvelope> }, done: (f: EventEnvelope) => boolean) {
  const seen: EventEnvelope[] = [];
  for (;;) {
    const frame = await feed.next();
    seen.push(frame);
    if (done(frame)) return seen;
  }
}

describe('live notifications', () => {
  it("sends each member their own notification frames with their unread count, and no one else's", async () => {
    const mine = await subscribe(clerk);
    const boss$ = await subscribe(boss);
    await orderOf(seller, 1200);
    await drain(app);
    const clerkFrames = await until(mine, (f) => f.type === 'notifications.item.created');
    const created = clerkFrames.at(-1) as EventEnvelope<{ user_id: string; unread_count: number; kind: string }>;
    expect(created.payload).toMatchObject({ user_id: clerk.ws.userId, kind: 'order_placed', unread_count: 1 });
    // A later event the boss sees marks how far the boss's socket got: nothing addressed to the clerk before it.
    expectStatus(await boss.call('POST', '/customers', { name: 'Marca' }), 201);
    const bossFrames = await until(boss$, (f) => f.type === 'customers.customer.created');
    const addressed = bossFrames.filter((f) => f.type.startsWith('notifications.'));
    expect(addressed.map((f) => (f.payload as { user_id: string }).user_id)).toEqual([boss.ws.userId]);
    // Reading it tells the clerk's other tabs the new count.
    const [item] = await feedOf(clerk);
    expectStatus(await clerk.call('POST', `/notifications/${item?.id}/read`), 200);
    const read = (await until(mine, (f) => f.type === 'notifications.item.read')).at(-1);
    expect(read?.payload).toMatchObject({ user_id: clerk.ws.userId, notification_ids: [item?.id], unread_count: 0 });
    mine.socket.close();
    boss$.socket.close();
  });

  it('sends each mail once while several workers run at the same time', async () => {
    const orders = await Promise.all([1, 2, 3, 4].map((i) => orderOf(seller, 100 * i)));
    for (const [i, id] of orders.entries()) await pay(seller, id, 100 * (i + 1));
    await drain(app);
    const results = await Promise.all(Array.from({ length: 6 }, () => runMailer(app)));
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(8); // 4 paid orders × (boss, clerk)
    await runMailer(app);
    const paid = (await mailsTo(app, clerk.ws.email)).map(subjectOf).filter((s) => s.endsWith('pagado'));
    expect(paid).toHaveLength(4);
    expect(new Set(paid).size).toBe(4);
  });
});
