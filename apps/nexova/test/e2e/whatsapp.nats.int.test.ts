import { deleteNatsStreams } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { createFakeMeta, createTestDatabase, type FakeMeta, requireService, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dumpLogs,
  eventually,
  type NexovaNode,
  nexovaEnv,
  openShop,
  type Shop,
  startNode,
  stopNode,
} from '../resilience/stack';
import { openWhatsAppShop } from '../resilience/whatsapp';

// WhatsApp end to end as it runs in production: `nexova start --role api` and `--role worker` as two
// processes on PostgreSQL and NATS JetStream, a local fake of Meta's Graph API receiving what the
// worker sends, and signed webhooks posted over HTTP to the API process. A customer orders and sends
// the payment receipt as a photo (downloaded by the worker, attached by the agent), books an
// appointment, asks for a human (the agent stops; the member answers; handed back, the agent sells
// again), the same webhook
// comes 3× (one message, one order), and a provider outage ends in one delivery per reply.

const DATABASE_URL = requireService('DATABASE_URL');
const NATS_URL = requireService('NATS_URL');
const prefix = `wa${newId().replace(/-/g, '').slice(-10)}`;

let database: TestDatabase;
let meta: FakeMeta;
let api: NexovaNode | undefined;
let worker: NexovaNode | undefined;
let shop: Shop;
let path: string;

type Msg = { id: string; text: string | null; direction: string; author_type: string; status: string };
type Conversation = { id: string; person_id: string; contact_address: string; handled_by: string };
type Order = { id: string; lines: { variant_id: string; quantity: number }[] };

beforeAll(async () => {
  database = await createTestDatabase(); // migrated; both processes share it
  const url = new URL(DATABASE_URL);
  url.pathname = `/${database.name}`;
  meta = await createFakeMeta();
  const env = nexovaEnv({
    ...meta.env,
    DATABASE_URL: url.toString(),
    NATS_URL,
    NATS_PREFIX: prefix,
    NEXOVA_SECRET_KEY: 'e2e-whatsapp-secret-key-0123456789abcdef',
    CONVERSATIONS_SEND_INTERVAL_MS: '100',
    CONVERSATIONS_SEND_RETRY_BASE_MS: '200',
  });
  [api, worker] = await Promise.all([startNode('api', env), startNode('worker', env)]);
  shop = await openShop(api, 1000);
  path = await openWhatsAppShop(shop, meta);
}, 180_000);

afterAll(async () => {
  dumpLogs({ api, worker });
  await Promise.all([stopNode(api), stopNode(worker)]);
  await meta?.close();
  await database?.dispose();
  await deleteNatsStreams(NATS_URL, prefix);
});

const json = async <T>(method: string, url: string, payload?: unknown): Promise<T> => {
  const res = await shop.call(method, url, payload);
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${res.body}`);
  return JSON.parse(res.body) as T;
};

/** The customer `from` writes `text` over the API process's webhook; the answer must be 200 at once. */
async function say(from: string, text: string, id?: string): Promise<void> {
  const res = await meta.deliver(
    meta.inbound({ from, payload: { body: text }, ...(id ? { id } : {}) }),
    api?.url ?? '',
    path,
  );
  expect(res.statusCode, res.body).toBe(200);
}

const conversationOf = (from: string) =>
  eventually(`a conversation with +${from}`, async () => {
    const list = await json<{ items: Conversation[] }>('GET', '/conversations');
    return list.items.find((c) => c.contact_address === `+${from}`) ?? false;
  });

const messagesOf = async (conversationId: string) =>
  (await json<{ items: Msg[] }>('GET', `/conversations/${conversationId}/messages?limit=100`)).items.slice().reverse();

/** Waits until the fake Graph API has received `n` texts for `to`; returns them in order. */
const textsTo = (to: string, n: number) =>
  eventually(`${n} texts delivered to ${to}`, () => {
    const texts = meta.sentTexts().filter((t) => t.to === to);
    return texts.length >= n ? texts.map((t) => t.body) : false;
  });

const ordersOf = async (customerId: string) =>
  (await json<{ items: Order[] }>('GET', `/orders?customer_id=${customerId}`)).items;

describe('WhatsApp end to end: API and worker processes on PostgreSQL and NATS', () => {
  it('a customer orders: greeting, "2 x café", an address, "sí" → one order and four replies delivered', async () => {
    const from = '5491155550101';
    await say(from, 'Hola!');
    expect((await textsTo(from, 1))[0]).toContain('asistente');
    await say(from, '2 x café');
    expect((await textsTo(from, 2))[1]).toContain('2 × Café especial');
    await say(from, 'Calle Falsa 123, Springfield');
    expect((await textsTo(from, 3))[2]).toMatch(/¿Lo confirmo\?/);
    await say(from, 'sí');
    expect((await textsTo(from, 4))[3]).toMatch(/confirmado/);

    const c = await conversationOf(from);
    const orders = await ordersOf(c.person_id);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.lines).toEqual([expect.objectContaining({ quantity: 2 })]);
    // Every reply the agent wrote reached Meta once, and its receipt of "sent" is on the message.
    const outbound = (await messagesOf(c.id)).filter((m) => m.direction === 'outbound');
    expect(outbound).toHaveLength(4);
    expect(meta.sentTexts().filter((t) => t.to === from)).toHaveLength(4);

    // The payment receipt, a photo: the worker downloads it from the Graph API into the file store,
    // then the agent attaches it to the order's payment and says so.
    const png = Buffer.alloc(900, 7);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    const mediaId = meta.addMedia(png, 'image/png');
    const photo = meta.inbound({
      from,
      type: 'image',
      payload: { id: mediaId, mime_type: 'image/png', sha256: 'x', caption: 'comprovante' },
    });
    expect((await meta.deliver(photo, api?.url ?? '', path)).statusCode).toBe(200);
    expect((await textsTo(from, 5))[4]).toMatch(/#\d+/);
    const orderId = orders[0]?.id;
    const payments = await json<{ items: { attachments: { content_type: string; size: number }[] }[] }>(
      'GET',
      `/orders/${orderId}/payments`,
    );
    expect(payments.items).toHaveLength(1);
    expect(payments.items[0]?.attachments).toEqual([expect.objectContaining({ content_type: 'image/png', size: 900 })]);
  }, 120_000);

  it('the same webhook delivered 3× at once is one message, one reply and one order', async () => {
    const from = '5491155550102';
    await say(from, 'hola');
    await textsTo(from, 1);
    const wamid = `wamid.e2e-${newId()}`;
    await Promise.all([1, 2, 3].map(() => say(from, '3 x café', wamid)));
    await say(from, 'Av. Siempre Viva 742');
    await textsTo(from, 3);
    await say(from, 'sí');
    await textsTo(from, 4);

    const c = await conversationOf(from);
    const inbound = (await messagesOf(c.id)).filter((m) => m.direction === 'inbound');
    expect(inbound.map((m) => m.text)).toEqual(['hola', '3 x café', 'Av. Siempre Viva 742', 'sí']);
    const orders = await ordersOf(c.person_id);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.lines).toEqual([expect.objectContaining({ quantity: 3 })]);
    expect(meta.sentTexts().filter((t) => t.to === from)).toHaveLength(4);
  }, 120_000);

  it('asks for a human: the agent stops, the member answers, handed back the agent sells again', async () => {
    const from = '5511955550103';
    await say(from, 'Oi, quero falar com um atendente');
    await textsTo(from, 1); // the agent says a person will answer
    const c = await conversationOf(from);
    await eventually('handoff requested', async () => {
      const handoffs = await json<{ items: { kind: string }[] }>('GET', `/conversations/${c.id}/handoffs`);
      return handoffs.items.some((h) => h.kind === 'requested');
    });
    await json('POST', `/conversations/${c.id}/take-over`, {});
    await json('POST', `/conversations/${c.id}/messages`, { text: 'Olá! Sou a Ana, em que posso ajudar?' });
    expect((await textsTo(from, 2))[1]).toBe('Olá! Sou a Ana, em que posso ajudar?');

    // The customer writes while the member holds the conversation: the agent stays quiet.
    await say(from, '2 x café');
    await eventually('the inbound message stored', async () =>
      (await messagesOf(c.id)).some((m) => m.direction === 'inbound' && m.text === '2 x café'),
    );
    await json('POST', `/conversations/${c.id}/return-to-agent`, {});
    await say(from, 'quero 1 x café');
    const texts = await textsTo(from, 3);
    expect(texts[2]).toContain('1 × Café especial');
    // Nothing the agent wrote was sent while the member held the conversation.
    const outbound = (await messagesOf(c.id)).filter((m) => m.direction === 'outbound');
    expect(outbound.map((m) => m.author_type)).toEqual(['agent', 'member', 'agent']);
  }, 120_000);

  it('books an appointment: "quiero un turno" → the free slots → "1" holds it → "sí" books it', async () => {
    // The shop is also a clinic: one professional, one room open every day, one 30-minute service.
    const ws = shop.headers['x-workspace-id'] ?? '';
    await json('PATCH', `/workspaces/${ws}`, {
      settings: { modules: ['shop', 'clinic'], timezone: 'America/Sao_Paulo', locale: 'es' },
    });
    const professional = await json<{ id: string }>('POST', '/agenda/professionals', { name: 'Dra. Ruiz' });
    const room = await json<{ id: string }>('POST', '/agenda/resources', { name: 'Sala 1' });
    for (const [kind, id] of [
      ['professional', professional.id],
      ['resource', room.id],
    ] as const)
      for (let weekday = 1; weekday <= 7; weekday++)
        await json('POST', '/agenda/availability-rules', {
          owner_kind: kind,
          owner_id: id,
          weekday,
          start: '08:00',
          end: '18:00',
        });
    await json('POST', '/agenda/services', {
      name: 'Consulta',
      duration_minutes: 30,
      professional_ids: [professional.id],
      resource_ids: [room.id],
    });

    const from = '5491155550105';
    await say(from, 'Hola, quiero un turno');
    expect((await textsTo(from, 1))[0]).toMatch(/\n1\. /); // the next free slots, numbered
    await say(from, '1');
    expect((await textsTo(from, 2))[1]).toMatch(/¿Lo confirmo\?/);
    await say(from, 'sí');
    expect((await textsTo(from, 3))[2]).toMatch(/¡Listo!/);
    const appointments = await json<{ items: { status: string; patient_id: string | null }[] }>(
      'GET',
      '/agenda/appointments?limit=100',
    );
    expect(appointments.items.filter((a) => a.status === 'booked')).toHaveLength(1);
    expect(appointments.items.filter((a) => a.status === 'held')).toHaveLength(0);
  }, 120_000);

  it('a Graph API outage: the sender retries with backoff, then each reply is delivered once', async () => {
    const from = '5491155550104';
    // Only this customer's sends fail and count: the booking test's notices may still be in flight.
    const toThem = (req: { body: Record<string, unknown> }) => req.body.to === from;
    const hitsBefore = meta.hits(toThem);
    meta.failNext(3, 503, {}, toThem);
    await say(from, 'Hola!');
    const texts = await textsTo(from, 1);
    expect(texts[0]).toContain('asistente');
    const c = await conversationOf(from);
    await eventually('the reply marked sent', async () =>
      (await messagesOf(c.id)).some((m) => m.direction === 'outbound' && m.status !== 'queued'),
    );
    expect(meta.sentTexts().filter((t) => t.to === from)).toHaveLength(1);
    expect(meta.hits(toThem) - hitsBefore).toBe(4); // three 503s, then the one delivery
  }, 120_000);
});
