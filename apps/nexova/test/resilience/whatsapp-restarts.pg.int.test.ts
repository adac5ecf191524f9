import { createFakeMeta, type FakeMeta, type PrivatePostgres, startPrivatePostgres } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badUnavailable,
  dumpLogs,
  eventually,
  type NexovaNode,
  nexovaEnv,
  openShop,
  request,
  type Shop,
  startNode,
  stopNode,
} from './stack';
import { openWhatsAppShop, startChats } from './whatsapp';

// The crash suite, WhatsApp: customers write through signed Meta webhooks to an API process while a
// worker process answers them with the offline agent and sends the replies to a fake Graph API, and
// the private PostgreSQL is restarted immediately twice. A webhook that meets the outage is
// answered 503 (Meta retries it); once it is back, every acknowledged message is stored once,
// answered once, and each reply reaches Meta once.

const CYCLES = 2;
const CUSTOMERS = ['5491155550201', '5491155550202', '5511955550203'];
let server: PrivatePostgres;
let meta: FakeMeta;
let api: NexovaNode;
let worker: NexovaNode;
let shop: Shop;
let path: string;

type Conversation = { id: string; contact_address: string };
type Msg = { direction: string; status: string; provider_message_id: string | null };

beforeAll(async () => {
  [server, meta] = await Promise.all([startPrivatePostgres(), createFakeMeta()]);
  const env = nexovaEnv({
    ...meta.env,
    DATABASE_URL: server.url(),
    NEXOVA_SECRET_KEY: 'crash-whatsapp-secret-key-0123456789abcd',
    CONVERSATIONS_SEND_INTERVAL_MS: '100',
    CONVERSATIONS_SEND_RETRY_BASE_MS: '200',
  });
  [api, worker] = await Promise.all([startNode('api', env), startNode('worker', env)]);
  shop = await openShop(api);
  path = await openWhatsAppShop(shop, meta);
}, 120_000);
afterAll(async () => {
  dumpLogs({ api, worker });
  await Promise.all([stopNode(api), stopNode(worker)]);
  await meta?.close();
  await server?.dispose();
});

const json = async <T>(url: string): Promise<T> => {
  const res = await shop.call('GET', url);
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${res.body}`);
  return JSON.parse(res.body) as T;
};
/** Every item of a paginated list, page by page (a long chat holds more than one page). */
async function everything<T>(url: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const page: { items: T[]; next_cursor: string | null } = await json(
      `${url}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}
const sentCount = () => meta.sentTexts().length;

describe('crash suite: WhatsApp while PostgreSQL restarts', () => {
  it('acknowledged messages are stored once and answered once; replies reach Meta once', async () => {
    const chats = startChats(api, meta, path, CUSTOMERS, 'productos');
    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const before = sentCount();
        await eventually(`replies flow before restart ${cycle + 1}`, () => sentCount() >= before + 3, 90_000);
        await server.stop();
        try {
          const res = await meta.deliver(
            meta.inbound({ from: CUSTOMERS[0] ?? '', payload: { body: 'x' } }),
            api.url,
            path,
          );
          expect(res.statusCode, res.body).toBe(503);
          expect(badUnavailable({ status: 503, headers: new Headers(res.headers), body: res.body })).toBeNull();
        } finally {
          await server.start();
        }
        for (const node of [api, worker])
          await eventually(
            'ready again',
            async () => (await request(node.url, 'GET', '/health/ready', {})).status === 200,
          );
      }
      const before = sentCount();
      await eventually('replies flow after the last restart', () => sentCount() >= before + 3, 90_000);
    } finally {
      await chats.stop();
    }
    expect(chats.report.unexpected).toEqual([]);

    const acknowledged = Object.values(chats.report.acknowledged).flat();
    const conversations = await everything<Conversation>('/conversations');
    expect(conversations).toHaveLength(CUSTOMERS.length);
    // The last messages are still being answered when the customers stop: wait for every answer to be sent.
    const all = await eventually(
      'every reply sent',
      async () => {
        const lists = await Promise.all(conversations.map((c) => everything<Msg>(`/conversations/${c.id}/messages`)));
        const msgs = lists.flat();
        const outbound = msgs.filter((m) => m.direction === 'outbound');
        const inbound = msgs.filter((m) => m.direction === 'inbound');
        return outbound.length >= inbound.length && outbound.every((m) => m.status !== 'queued') ? msgs : false;
      },
      90_000,
    );
    const inbound = all.filter((m) => m.direction === 'inbound');
    const outbound = all.filter((m) => m.direction === 'outbound');
    // Stored once: each acknowledged wamid is one inbound message (the probe 'x' never got in).
    expect(inbound.map((m) => m.provider_message_id).sort()).toEqual([...acknowledged].sort());
    // Answered once, sent once.
    expect(outbound).toHaveLength(inbound.length);
    const sent = meta.sentTexts();
    expect(new Set(sent.map((t) => t.id)).size).toBe(sent.length);
    expect(sent).toHaveLength(outbound.length);
    for (const node of [api, worker]) expect(node.spawned.child.exitCode).toBeNull();
  }, 240_000);
});
