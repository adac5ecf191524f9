import { createTestApp, type TestApp } from '@nexova/app';
import { createFakeInfobip, type FakeInfobip } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationsOf, created, expectStatus, messagesOf, runSender, type Shop, shop, transportOf } from './helpers';

// An Infobip channel end to end against a local fake of Infobip's WhatsApp API: webhooks with the
// Basic credentials of its security settings, Argentina's 9 making no second person, a reply sent
// with our message id as Infobip's messageId, delivery and seen reports.

let app: TestApp;
let infobip: FakeInfobip;
let s: Shop;
let path: string;

beforeAll(async () => {
  infobip = await createFakeInfobip();
  app = await createTestApp();
  s = await shop(app);
  const channel = await created<{ id: string; webhook_path: string }>(s, '/channels', {
    kind: 'infobip',
    name: 'WhatsApp Infobip',
    settings: { base_url: infobip.url, sender: infobip.sender },
    credentials: {
      api_key: infobip.apiKey,
      webhook_username: infobip.webhookUsername,
      webhook_password: infobip.webhookPassword,
    },
  });
  path = channel.webhook_path;
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await infobip?.close();
});

describe('Infobip channels', () => {
  it('refuses a webhook without its Basic credentials (401)', async () => {
    const body = infobip.inbound({ from: '5491122223333' });
    const res = await infobip.deliver(body, app, path, `Basic ${Buffer.from('nexova:wrong').toString('base64')}`);
    expect(res.statusCode, res.body).toBe(401);
    expect(res.json()).toMatchObject({ code: 'webhook_signature_invalid' });
  });

  it("Argentina's mobile 9: with and without it, one person and one conversation", async () => {
    const first = await infobip.deliver(
      infobip.inbound({ from: '5491155554444', name: 'Lucía', message: { type: 'TEXT', text: 'hola' } }),
      app,
      path,
    );
    expect(first.json()).toMatchObject({ received: true, outcome: 'stored' });
    await infobip.deliver(
      infobip.inbound({ from: '541155554444', name: 'Lucía', message: { type: 'TEXT', text: '¿tienen stock?' } }),
      app,
      path,
    );
    await infobip.deliver(
      infobip.inbound({
        from: '5491155554444',
        message: {
          type: 'LOCATION',
          longitude: -58.3816,
          latitude: -34.6037,
          name: 'Obelisco',
          address: 'Av. 9 de Julio',
        },
      }),
      app,
      path,
    );
    await infobip.deliver(
      infobip.inbound({
        from: '5491155554444',
        message: {
          type: 'IMAGE',
          url: 'https://api.infobip.com/whatsapp/1/senders/447860099299/media/abc',
          caption: 'foto',
        },
      }),
      app,
      path,
    );
    await transportOf(app).drain();
    const conversations = await conversationsOf(s);
    expect(conversations).toHaveLength(1);
    const msgs = (await messagesOf(s, conversations[0]?.id ?? '')).reverse();
    expect(msgs.map((m) => [m.kind, m.text])).toEqual([
      ['text', 'hola'],
      ['text', '¿tienen stock?'],
      ['location', 'Obelisco'],
      ['image', 'foto'],
    ]);
    const person = await s.call('GET', `/customers/${conversations[0]?.person_id}`);
    expect(person.json()).toMatchObject({ name: 'Lucía' });
  });

  it('replies with our message id as messageId, once; delivery then seen reports', async () => {
    const [conversation] = await conversationsOf(s);
    const id = conversation?.id ?? '';
    const reply = await created<{ id: string }>(s, `/conversations/${id}/messages`, { text: 'Sí, hay stock.' });
    await transportOf(app).drain();
    expect((await runSender(app)).sent).toBe(1);
    expect((await runSender(app, new Date(Date.now() + 3_600_000))).sent).toBe(0);
    expect(infobip.sentTexts()).toEqual([{ to: '5491155554444', text: 'Sí, hay stock.', messageId: reply.id }]);
    expect(infobip.requests[0]?.authorization).toBe(`App ${infobip.apiKey}`);

    await infobip.deliver(
      infobip.deliveryReport([{ messageId: reply.id, to: '5491155554444', groupName: 'DELIVERED' }]),
      app,
      path,
    );
    await transportOf(app).drain();
    expect((await messagesOf(s, id))[0]).toMatchObject({
      id: reply.id,
      status: 'delivered',
      provider_message_id: reply.id,
    });
    await infobip.deliver(infobip.seenReport([{ messageId: reply.id, to: '5491155554444' }]), app, path);
    await transportOf(app).drain();
    expect((await messagesOf(s, id))[0]?.status).toBe('read');
  });

  it('two people merged: one conversation on the channel, with both histories and unread counts', async () => {
    await infobip.deliver(
      infobip.inbound({ from: '5511987651111', name: 'Rui', message: { type: 'TEXT', text: 'um' } }),
      app,
      path,
    );
    await infobip.deliver(
      infobip.inbound({ from: '5511987652222', name: 'Rui 2', message: { type: 'TEXT', text: 'dois' } }),
      app,
      path,
    );
    await transportOf(app).drain();
    const [second, first] = await conversationsOf(s);
    const survivor = await s.call('GET', `/customers/${first?.person_id}`);
    const merged = await s.call(
      'POST',
      `/customers/${first?.person_id}/merge`,
      { duplicate_id: second?.person_id },
      { 'if-match': survivor.headers.etag as string },
    );
    expectStatus(merged, 200);
    await transportOf(app).drain();
    const after = await conversationsOf(s);
    const mine = after.filter((c) => c.person_id === first?.person_id);
    expect(mine).toHaveLength(1);
    expect(after.some((c) => c.person_id === second?.person_id)).toBe(false);
    expect(mine[0]?.unread_count).toBe(2);
    expect((await messagesOf(s, mine[0]?.id ?? '')).map((m) => m.text).sort()).toEqual(['dois', 'um']);
  });

  it('a disabled channel drops webhooks and refuses replies (409)', async () => {
    const [conversation] = await conversationsOf(s);
    const channelId = path.split('/').pop() ?? '';
    const etag = (await s.call('GET', `/channels/${channelId}`)).headers.etag as string;
    const disabled = await s.call('PATCH', `/channels/${channelId}`, { status: 'disabled' }, { 'if-match': etag });
    expectStatus(disabled, 200);
    const res = await infobip.deliver(infobip.inbound({ from: '5491155554444' }), app, path);
    expect(res.json()).toMatchObject({ outcome: 'ignored' });
    const reply = await s.call('POST', `/conversations/${conversation?.id}/messages`, { text: 'hola' });
    expectStatus(reply, 409);
    expect(reply.json()).toMatchObject({ code: 'channel_disabled' });
    const stale = await s.call('PATCH', `/channels/${channelId}`, { status: 'active' }, { 'if-match': etag });
    expectStatus(stale, 412);
  });
});
