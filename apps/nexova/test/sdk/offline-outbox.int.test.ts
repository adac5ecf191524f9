// IndexedDB as the browser has it (fake-indexeddb implements the spec in memory), for the outbox.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '@nexova/app';
import { createClient, type NexovaClient } from '@nexova/client';
import { clearOutbox, entriesOf, replay, settle, type Writer, write } from '@nexova/dashboard/offline';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// The dashboard's offline outbox (apps/dashboard/src/offline/outbox.ts) against a real server: a
// write made while the server cannot be reached waits with its Idempotency-Key and is applied once
// when replayed — even when the first attempt did reach the server and only its answer was lost —
// and a write whose resource changed meanwhile (412 on its If-Match) becomes a conflict that the
// member settles with theirs or mine. The browser journey (browser/offline.browser.test.ts) drives
// the same through the screens.

let app: TestApp;
let baseUrl: string;
let api: NexovaClient;
let variantId: string;
const userId = randomUUID();
let workspaceId: string;

beforeAll(async () => {
  app = await createTestApp();
  await app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const client = createClient({ baseUrl, retryDelayMs: 1 });
  const email = `offline-${randomUUID()}@example.com`;
  await client.auth.register({ body: { email, password: 'a long passphrase', first_name: 'Ana', last_name: 'Lima' } });
  await client.signIn({ email, password: 'a long passphrase' });
  const workspace = await client.workspaces.create({
    body: { name: 'Offline shop', slug: `off-${randomUUID().slice(0, 8)}`, settings: { modules: ['shop'] } },
  });
  workspaceId = workspace.id;
  api = client.withWorkspace(workspace.id);
  const product = await api.products.create({
    body: { name: 'Yerba', currency: 'ARS', variants: [{ sku: `Y-${randomUUID()}`, price: 1500 }] },
  });
  variantId = product.variants[0]?.id as string;
  await api.stock.adjust({ body: { variant_id: variantId, delta: 10, reason: 'delivery' } });
});
afterAll(async () => {
  await app?.dispose();
});
beforeEach(async () => {
  await clearOutbox();
});

const online = (): Writer => ({ userId, workspaceId, request: (m, p, i) => api.request(m, p, i) });
// A server that cannot be reached: nothing listens on port 9 of loopback.
const unreachable = (): Writer => {
  const down = createClient({ baseUrl: 'http://127.0.0.1:9', retries: 0, tokens: api.tokens }).withWorkspace(
    workspaceId,
  );
  return { userId, workspaceId, request: (m, p, i) => down.request(m, p, i) };
};
const stock = async () =>
  (await api.stock.getLevel({ path: { variant_id: variantId } })) as { on_hand: number; version: number };
const adjust = (delta: number, version?: number) => ({
  method: 'POST' as const,
  path: '/api/v1/stock/adjust',
  input: {
    body: { variant_id: variantId, delta, reason: 'count' },
    ...(version ? { headers: { 'if-match': `"${version}"` } } : {}),
  },
  label: { key: 'stockAdjust', values: { sku: 'Y', delta } },
  resource: `/api/v1/stock/${variantId}`,
});

describe('the dashboard outbox against a real server', () => {
  it('queues writes the server cannot receive and replays them in order, each applied once', async () => {
    const before = await stock();
    const first = await write(unreachable(), adjust(-2));
    const second = await write(unreachable(), adjust(-3));
    expect([first.status, second.status]).toEqual(['queued', 'queued']);
    expect((await stock()).on_hand).toBe(before.on_hand);
    // Another member's session does not replay them.
    expect(await entriesOf({ userId: randomUUID(), workspaceId })).toEqual([]);

    // Replays at once (two tabs) share one pass: nothing is sent twice.
    const [report, again] = await Promise.all([replay(online()), replay(online())]);
    expect(report).toEqual({ sent: 2, conflicts: 0, failed: 0, waiting: 0 });
    expect(again).toEqual(report);
    expect((await stock()).on_hand).toBe(before.on_hand - 5);
    expect(await entriesOf({ userId, workspaceId })).toEqual([]);
  });

  it('a write that reached the server but whose answer was lost is not applied again on replay', async () => {
    const before = await stock();
    const queued = await write(unreachable(), adjust(-1));
    if (queued.status !== 'queued') throw new Error('expected a queued write');
    // The same request with the same key reaches the server (the answer "lost"), then the replay.
    await api.request('POST', '/api/v1/stock/adjust', {
      ...queued.entry.input,
      idempotencyKey: queued.entry.idempotencyKey,
    });
    expect((await stock()).on_hand).toBe(before.on_hand - 1);
    expect(await replay(online())).toMatchObject({ sent: 1 });
    expect((await stock()).on_hand).toBe(before.on_hand - 1);
  });

  it('a write based on a version that moved becomes a conflict showing theirs; "mine" applies it on top, "theirs" drops it', async () => {
    const base = await stock();
    await write(unreachable(), adjust(-4, base.version));
    await write(unreachable(), adjust(+7, base.version));
    // Meanwhile someone else counts the shelf.
    await api.stock.adjust({ body: { variant_id: variantId, delta: 1, reason: 'recount' } });
    const now = await stock();

    expect(await replay(online())).toEqual({ sent: 0, conflicts: 2, failed: 0, waiting: 0 });
    const [mine, theirs] = await entriesOf({ userId, workspaceId });
    expect(mine).toMatchObject({
      state: 'conflict',
      problem: { status: 412 },
      theirs: { on_hand: now.on_hand, version: now.version },
    });

    await settle(online(), mine as never, 'mine');
    expect((await stock()).on_hand).toBe(now.on_hand - 4);
    await settle(online(), theirs as never, 'theirs');
    expect((await stock()).on_hand).toBe(now.on_hand - 4);
    expect(await entriesOf({ userId, workspaceId })).toEqual([]);
  });

  it('a write the server refuses for another reason is kept as refused with its problem, and a server error leaves the rest waiting', async () => {
    await write(unreachable(), {
      ...adjust(-1),
      input: { body: { variant_id: randomUUID(), delta: -1, reason: 'x' } },
    });
    await write(unreachable(), adjust(-1));
    const report = await replay(online());
    expect(report).toMatchObject({ failed: 1, sent: 1 });
    const [refused] = await entriesOf({ userId, workspaceId });
    expect(refused).toMatchObject({ state: 'failed', problem: { status: 404 } });
  });
});
