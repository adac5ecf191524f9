import { createTestApp, type TestApp } from '@nexova/app';
import { withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationsModule } from '../src/index';
import {
  conversationsOf,
  created,
  eventTypesOf,
  expectStatus,
  messagesOf,
  rowsIn,
  runSender,
  type Shop,
  shop,
  transportOf,
} from './helpers';

// A Meta WhatsApp Cloud API channel end to end against a local fake of the Graph API: signed
// webhooks in (stored raw, deduplicated, normalised by the inbound consumer), one person per human
// whatever the spelling of the number, a member's reply out through the sender exactly once (even
// when the consumer runs again or the provider has an outage), receipts moving the status forward.

let app: TestApp;
let meta: FakeMeta;
let s: Shop;
let channelId: string;
let path: string;
const transport = () => transportOf(app);

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp({ ...meta.env, NEXOVA_SECRET_KEY: 'conversations-test-secret-key-0123456789' });
  s = await shop(app);
  const channel = await created<{ id: string; webhook_path: string }>(s, '/channels', {
    kind: 'meta',
    name: 'WhatsApp da loja',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  channelId = channel.id;
  path = channel.webhook_path;
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

describe('Meta webhooks in', () => {
  it('refuses a body whose X-Hub-Signature-256 does not match (401), storing nothing', async () => {
    const body = meta.inbound({ from: '5511900000001', payload: { body: 'forged' } });
    const res = await meta.deliver(body, app, path, `sha256=${'0'.repeat(64)}`);
    expect(res.statusCode, res.body).toBe(401);
    expect(res.json()).toMatchObject({ code: 'webhook_signature_invalid' });
    const other = await meta.deliver(body, app, `/api/v1/webhooks/infobip/${channelId}`);
    expect(other.statusCode).toBe(404);
    await transport().drain();
    const inbox = await rowsIn(
      app,
      s.ws.workspaceId,
      sql`select 1 from conversations.webhook_inbox where payload::text like '%forged%'`,
    );
    expect(inbox).toHaveLength(0);
  });

  it('a sender that is no phone number: the webhook is processed, no person or message is made', async () => {
    const res = await meta.deliver(meta.inbound({ from: '12', payload: { body: 'not a phone' } }), app, path);
    expect(res.json().outcome).toBe('stored');
    await transport().drain();
    const rows = await rowsIn<{ processed: boolean }>(
      app,
      s.ws.workspaceId,
      sql`select processed_at is not null as processed from conversations.webhook_inbox where payload::text like '%not a phone%'`,
    );
    expect(rows).toEqual([{ processed: true }]);
    expect(await conversationsOf(s)).toEqual([]);
  });

  it('the same webhook delivered 3× is one message; the same message id in another body too', async () => {
    const body = meta.inbound({ from: '5511987650001', name: 'Ana Souza', payload: { body: 'Oi, tem a camiseta M?' } });
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      const res = await meta.deliver(body, app, path);
      expect(res.statusCode, res.body).toBe(200);
      outcomes.push(res.json().outcome);
    }
    expect(outcomes).toEqual(['stored', 'duplicate', 'duplicate']);
    // Re-serialised (other bytes, same message id): stored in the inbox, deduplicated on the message id.
    const again = await meta.deliver(JSON.stringify(body, null, 2), app, path);
    expect(again.json().outcome).toBe('stored');
    await transport().drain();

    const mine = (await conversationsOf(s)).filter((c) => c.unread_count > 0);
    const conversation = mine.find((c) => c.status === 'open');
    expect(conversation).toBeDefined();
    const msgs = await messagesOf(s, conversation?.id ?? '');
    expect(msgs.filter((m) => m.text === 'Oi, tem a camiseta M?')).toHaveLength(1);
    const person = await s.call('GET', `/customers/${conversation?.person_id}`);
    expect(person.json()).toMatchObject({ name: 'Ana Souza', phone: '+5511987650001' });
  });

  it("Brazil's ninth digit: with and without it, one person and one conversation", async () => {
    await meta.deliver(
      meta.inbound({ from: '5521987650002', name: 'Bruno', payload: { body: 'primeira' } }),
      app,
      path,
    );
    await meta.deliver(meta.inbound({ from: '552187650002', name: 'Bruno', payload: { body: 'segunda' } }), app, path);
    await transport().drain();
    const withBruno = [];
    for (const c of await conversationsOf(s)) {
      const texts = (await messagesOf(s, c.id)).map((m) => m.text);
      if (texts.includes('primeira') || texts.includes('segunda')) withBruno.push({ c, texts });
    }
    expect(withBruno).toHaveLength(1);
    expect(withBruno[0]?.texts.sort()).toEqual(['primeira', 'segunda']);
    expect(withBruno[0]?.c.unread_count).toBe(2);
  });

  it('normalises image, document, audio, location, interactive replies and reactions', async () => {
    const from = '5511987650003';
    const kinds: [string, Record<string, unknown>][] = [
      ['image', { caption: 'o comprovante', mime_type: 'image/jpeg', sha256: 'abc', id: '2754859441498128' }],
      ['document', { filename: 'pedido.pdf', mime_type: 'application/pdf', sha256: 'def', id: '2754859441498129' }],
      ['audio', { mime_type: 'audio/ogg; codecs=opus', sha256: 'ghi', id: '2754859441498130', voice: true }],
      ['location', { latitude: -23.5505, longitude: -46.6333, name: 'Loja Centro', address: 'Av. Paulista, 1000' }],
      ['interactive', { type: 'button_reply', button_reply: { id: 'confirm', title: 'Confirmar' } }],
      ['reaction', { message_id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA', emoji: '👍' }],
    ];
    for (const [type, payload] of kinds) await meta.deliver(meta.inbound({ from, type, payload }), app, path);
    await transport().drain();
    const conversation = (await conversationsOf(s)).find((c) => c.unread_count === kinds.length);
    const msgs = (await messagesOf(s, conversation?.id ?? '')).reverse();
    expect(msgs.map((m) => [m.kind, m.text])).toEqual([
      ['image', 'o comprovante'],
      ['document', null],
      ['audio', null],
      ['location', 'Loja Centro'],
      ['interactive', 'Confirmar'],
      ['reaction', '👍'],
    ]);
    expect(msgs[0]?.content).toMatchObject({ media: { id: '2754859441498128', mime_type: 'image/jpeg' } });
    expect(msgs[3]?.content).toMatchObject({ location: { latitude: -23.5505, longitude: -46.6333 } });
    expect(msgs[4]?.content).toMatchObject({ reply_type: 'button_reply', reply_id: 'confirm' });
  });
});

describe('replies out', () => {
  it('sends once through the Graph API, even when the consumer runs again; receipts move the status forward', async () => {
    await meta.deliver(meta.inbound({ from: '5511987650004', payload: { body: 'quero comprar' } }), app, path);
    await transport().drain();
    const conversation = (await conversationsOf(s)).find((c) => c.unread_count === 1);
    const id = conversation?.id ?? '';
    const before = meta.sentTexts().length;

    const reply = await created<{ id: string; status: string }>(s, `/conversations/${id}/messages`, {
      text: 'Temos sim! R$ 59,90.',
    });
    expect(reply.status).toBe('queued');
    await transport().drain();
    // The outbound consumer runs again for the same event (a redelivery): it hands nothing over twice.
    await withTransaction({ ...systemContext(s.ws.workspaceId), db: app.database.db }, async (t) => {
      const consumer = conversationsModule.consumers?.find((c) => c.name === 'conversations.outbound');
      const [event] = await t.tx
        .execute(
          sql`select id, payload from events.outbox where type = 'conversations.message.queued' and payload->>'message_id' = ${reply.id}`,
        )
        .then((r) => (r as unknown as { rows: { id: string; payload: object }[] }).rows);
      expect(event).toBeDefined();
      await consumer?.handle({ ctx: t, tx: t.tx, event: { payload: event?.payload } as never });
    });
    const [first, second] = await Promise.all([runSender(app), runSender(app)]);
    expect(first.sent + second.sent).toBe(1);
    await transport().drain();
    await runSender(app, new Date(Date.now() + 3_600_000));

    const sent = meta.sentTexts().slice(before);
    expect(sent).toEqual([
      {
        to: '5511987650004',
        body: 'Temos sim! R$ 59,90.',
        id: expect.stringMatching(/^wamid\./),
        at: expect.any(Number),
      },
    ]);
    let msgs = await messagesOf(s, id);
    expect(msgs[0]).toMatchObject({ id: reply.id, status: 'sent', provider_message_id: sent[0]?.id });
    const after = (await s.call('GET', `/conversations/${id}`)).json();
    expect(after.unread_count).toBe(0);

    const wamid = sent[0]?.id ?? '';
    await meta.deliver(meta.statuses([{ id: wamid, status: 'read', recipient: '5511987650004' }]), app, path);
    await meta.deliver(meta.statuses([{ id: wamid, status: 'delivered', recipient: '5511987650004' }]), app, path);
    await transport().drain();
    msgs = await messagesOf(s, id);
    expect(msgs[0]?.status).toBe('read');

    const types = await eventTypesOf(app, s.ws.workspaceId);
    expect(types).toEqual(
      expect.arrayContaining([
        'conversations.message.created',
        'conversations.conversation.updated',
        'conversations.message.queued',
        'conversations.message.status_changed',
      ]),
    );
  });

  it('a provider outage: the send is retried with backoff, then delivered once', async () => {
    await meta.deliver(meta.inbound({ from: '5511987650005', payload: { body: 'oi' } }), app, path);
    await transport().drain();
    const conversation = (await conversationsOf(s)).find((c) => c.unread_count === 1);
    const before = meta.sentTexts().length;
    const reply = await created<{ id: string }>(s, `/conversations/${conversation?.id}/messages`, { text: 'Olá!' });
    await transport().drain();
    meta.failNext(1, 503);
    expect((await runSender(app)).sent).toBe(0);
    let [row] = await rowsIn<{ status: string; attempts: number; error: string }>(
      app,
      s.ws.workspaceId,
      sql`select status, attempts, error from conversations.messages where id = ${reply.id}`,
    );
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row?.error).toContain('503');
    expect((await runSender(app, new Date(Date.now() + 3_600_000))).sent).toBe(1);
    [row] = await rowsIn<{ status: string; attempts: number; error: string }>(
      app,
      s.ws.workspaceId,
      sql`select status, attempts, error from conversations.messages where id = ${reply.id}`,
    );
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(meta.sentTexts().slice(before)).toHaveLength(1);
  });
});

describe('the inbox', () => {
  it('status, assignment, read; keyset pages; another workspace sees none of it (404)', async () => {
    const [c] = await conversationsOf(s);
    const id = c?.id ?? '';
    const patched = await s.call('PATCH', `/conversations/${id}`, {
      status: 'pending',
      assignee_id: s.ws.userId,
      read: true,
    });
    expectStatus(patched, 200);
    expect(patched.json()).toMatchObject({ status: 'pending', assignee_id: s.ws.userId, unread_count: 0 });
    const stranger = await s.call('PATCH', `/conversations/${id}`, {
      assignee_id: '0190f1c2-7d3a-7b41-9e4c-999999999999',
    });
    expectStatus(stranger, 422);
    expect(stranger.json().errors[0].pointer).toBe('/assignee_id');
    const filtered = await s.call('GET', `/conversations?status=pending&assignee_id=${s.ws.userId}`);
    expect(filtered.json().items.map((x: { id: string }) => x.id)).toEqual([id]);

    const first = await s.call('GET', '/conversations?limit=2');
    const page1 = first.json();
    expect(page1.items).toHaveLength(2);
    const second = await s.call('GET', `/conversations?limit=2&cursor=${encodeURIComponent(page1.next_cursor)}`);
    const ids = [...page1.items, ...second.json().items].map((x: { id: string }) => x.id);
    expect(new Set(ids).size).toBe(ids.length);

    const other = await shop(app);
    expectStatus(await other.call('GET', `/conversations/${id}`), 404);
    expect((await other.call('GET', '/conversations')).json().items).toEqual([]);
    expectStatus(await other.call('POST', `/conversations/${id}/messages`, { text: 'x' }), 404);
    expectStatus(await other.call('GET', `/channels/${channelId}`), 404);
    // Row-level security: a query with no workspace filter still sees only its own workspace's rows.
    for (const table of ['channels', 'conversations', 'messages', 'webhook_inbox']) {
      const [mine] = await rowsIn<{ n: number }>(
        app,
        s.ws.workspaceId,
        sql.raw(`select count(*)::int as n from conversations.${table}`),
      );
      const [theirs] = await rowsIn<{ n: number }>(
        app,
        other.ws.workspaceId,
        sql.raw(`select count(*)::int as n from conversations.${table}`),
      );
      expect(mine?.n, table).toBeGreaterThan(0);
      expect(theirs?.n, table).toBe(0);
    }
  });

  it('refuses an empty or too long reply naming text', async () => {
    const [c] = await conversationsOf(s);
    const res = await s.call('POST', `/conversations/${c?.id}/messages`, { text: 'x'.repeat(5000) });
    expectStatus(res, 422);
    expect(res.json().errors[0].pointer).toBe('/text');
  });
});
