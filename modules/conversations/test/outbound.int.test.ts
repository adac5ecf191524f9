import { createTestApp, type TestApp } from '@nexova/app';
import { createFakeInfobip, createFakeMeta, type FakeInfobip, type FakeMeta, type MetaWebhook } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conversationsOf,
  created,
  expectStatus,
  messagesOf,
  runMedia,
  runSender,
  type Shop,
  shop,
  transportOf,
} from './helpers';

// Outbound beyond text against the fakes: WhatsApp's 24-hour service window (free text refused with
// a problem naming it, a template sent in Meta's and Infobip's real shapes), interactive lists within
// the limits, and a stored file sent by its id (a link the provider fetches at NEXOVA_PUBLIC_URL).

let app: TestApp;
let meta: FakeMeta;
let infobip: FakeInfobip;
let s: Shop;
let metaPath: string;
let infobipPath: string;
const DAY = 24 * 3600;

beforeAll(async () => {
  meta = await createFakeMeta();
  infobip = await createFakeInfobip();
  app = await createTestApp({
    ...meta.env,
    NEXOVA_SECRET_KEY: 'conversations-test-secret-key-0123456789',
    NEXOVA_PUBLIC_URL: 'https://shop.example.com',
  });
  s = await shop(app);
  metaPath = (
    await created<{ webhook_path: string }>(s, '/channels', {
      kind: 'meta',
      name: 'WhatsApp',
      settings: { phone_number_id: meta.phoneNumberId },
      credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
    })
  ).webhook_path;
  infobipPath = (
    await created<{ webhook_path: string }>(s, '/channels', {
      kind: 'infobip',
      name: 'Infobip',
      settings: { base_url: infobip.url, sender: infobip.sender },
      credentials: {
        api_key: infobip.apiKey,
        webhook_username: infobip.webhookUsername,
        webhook_password: infobip.webhookPassword,
      },
    })
  ).webhook_path;
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
  await infobip?.close();
});

/** A Meta webhook whose message was sent `agoSeconds` ago. */
function metaAgo(from: string, agoSeconds: number, extra: Parameters<FakeMeta['inbound']>[0] = { from }): MetaWebhook {
  const body = meta.inbound({ ...extra, from });
  const value = (body.entry[0] as { changes: { value: { messages: { timestamp: string }[] } }[] }).changes[0]?.value;
  if (value?.messages[0]) value.messages[0].timestamp = String(Math.floor(Date.now() / 1000) - agoSeconds);
  return body;
}

async function conversationWith(phone: string): Promise<string> {
  const c = (await conversationsOf(s)).find(
    (x) => (x as unknown as { contact_address: string }).contact_address === `+${phone}`,
  );
  if (!c) throw new Error('no conversation');
  return c.id;
}

const send = (conversationId: string, body: unknown) =>
  s.call('POST', `/conversations/${conversationId}/messages`, body);

const template = { name: 'order_update', language: 'pt_BR', parameters: ['Ana', '#1042'] };

describe('the 24-hour window', () => {
  it('Meta: free text to a contact who last wrote 25 h ago → 409 conversation_window_closed; a template goes, in Meta’s shape', async () => {
    const phone = '5511966660001';
    expectStatus(await meta.deliver(metaAgo(phone, DAY + 3600), app, metaPath), 200);
    await transportOf(app).drain();
    const id = await conversationWith(phone);
    const refused = await send(id, { text: 'Oi, ainda quer a camiseta?' });
    expectStatus(refused, 409);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.json()).toMatchObject({ code: 'conversation_window_closed', window_hours: 24 });
    expect(refused.json().detail).toMatch(/24 h/);

    const sent = await send(id, { template });
    expectStatus(sent, 201);
    expect(sent.json()).toMatchObject({ kind: 'template', status: 'queued', text: '[order_update] Ana · #1042' });
    await transportOf(app).drain();
    await runSender(app);
    const out = meta.sentMessages().filter((m) => m.body.to === phone);
    expect(out.map((m) => m.body)).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: phone,
        type: 'template',
        template: {
          name: 'order_update',
          language: { code: 'pt_BR' },
          components: [
            {
              type: 'body',
              parameters: [
                { type: 'text', text: 'Ana' },
                { type: 'text', text: '#1042' },
              ],
            },
          ],
        },
      },
    ]);
    const [m] = await messagesOf(s, id);
    expect(m).toMatchObject({ kind: 'template', status: 'sent' });
  });

  it('inside the window free text goes, and so does a template', async () => {
    const phone = '5511966660002';
    await meta.deliver(metaAgo(phone, 3600), app, metaPath);
    await transportOf(app).drain();
    const id = await conversationWith(phone);
    expectStatus(await send(id, { text: 'Temos sim!' }), 201);
    expectStatus(await send(id, { template: { name: 'hello_world', language: 'en_US' } }), 201);
    await transportOf(app).drain();
    await runSender(app);
    const out = meta.sentMessages().filter((m) => m.body.to === phone);
    expect(out.map((m) => m.body.type).sort()).toEqual(['template', 'text']);
    expect(out.find((m) => m.body.type === 'template')?.body.template).toEqual({
      name: 'hello_world',
      language: { code: 'en_US' },
    });
  });

  it('Infobip: the window applies too; its template API gets { messages: [{ content: { templateName, templateData, language } }] }', async () => {
    const phone = '5511966660003';
    const body = infobip.inbound({ from: phone });
    (body.results[0] as { receivedAt: string }).receivedAt = new Date(Date.now() - 2 * DAY * 1000)
      .toISOString()
      .replace('Z', '+0000');
    expectStatus(await infobip.deliver(body, app, infobipPath), 200);
    await transportOf(app).drain();
    const id = await conversationWith(phone);
    expectStatus(await send(id, { text: 'Oi' }), 409);
    expectStatus(await send(id, { template }), 201);
    await transportOf(app).drain();
    await runSender(app);
    const out = infobip.sentMessages().filter((m) => m.body.to === phone);
    expect(out).toHaveLength(1);
    expect(out[0]?.path).toBe('/whatsapp/1/message/template');
    expect(out[0]?.body).toMatchObject({
      from: infobip.sender,
      content: {
        templateName: 'order_update',
        templateData: { body: { placeholders: ['Ana', '#1042'] } },
        language: 'pt_BR',
      },
    });
  });

  it('bad templates and lists answer a problem naming the field', async () => {
    const phone = '5511966660004';
    await meta.deliver(metaAgo(phone, 60), app, metaPath);
    await transportOf(app).drain();
    const id = await conversationWith(phone);
    const bad = await send(id, { template: { name: 'Has Spaces', language: 'pt_BR' } });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    expect(bad.body).toMatch(/template/);
    const rows = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }));
    const tooMany = await send(id, { list: { body: 'Pick', button: 'Open', sections: [{ title: 'All', rows }] } });
    expect(tooMany.statusCode).toBeGreaterThanOrEqual(400);
    expect(tooMany.statusCode).toBeLessThan(500);
    expect(tooMany.body).toMatch(/sections/);
    const both = await send(id, {
      template,
      list: { body: 'x', button: 'y', sections: [{ title: 'z', rows: [{ id: 'a', title: 'b' }] }] },
    });
    expectStatus(both, 422);
    expect(both.json()).toMatchObject({ code: 'message_content_invalid' });
  });
});

describe('outbound media and lists', () => {
  it('a stored file sent by its id: Meta gets an image link to the signed URL under NEXOVA_PUBLIC_URL; Infobip a list', async () => {
    const phone = '5511966660005';
    const png = Buffer.alloc(600, 1);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
    const mediaId = meta.addMedia(png, 'image/png');
    await meta.deliver(
      metaAgo(phone, 60, { from: phone, type: 'image', payload: { id: mediaId, mime_type: 'image/png' } }),
      app,
      metaPath,
    );
    await transportOf(app).drain();
    await runMedia(app);
    const id = await conversationWith(phone);
    const [inbound] = await messagesOf(s, id);
    const fileId = inbound?.media?.id ?? '';
    const sent = await send(id, { text: 'Seu comprovante', media: { file_id: fileId } });
    expectStatus(sent, 201);
    expect(sent.json()).toMatchObject({
      kind: 'image',
      media: { status: 'stored', content_type: 'image/png', size: 600 },
    });
    const unknown = await send(id, { media: { file_id: '0190f1c2-7d3a-7b41-9e4c-999999999999' } });
    expectStatus(unknown, 422);
    expect(unknown.json()).toMatchObject({ code: 'message_media_not_found' });
    await transportOf(app).drain();
    await runSender(app);
    const [out] = meta.sentMessages().filter((m) => m.body.to === phone);
    expect(out?.body.type).toBe('image');
    const image = out?.body.image as { link: string; caption: string };
    expect(image.caption).toBe('Seu comprovante');
    expect(image.link).toMatch(
      new RegExp(`^https://shop\\.example\\.com/files/media/${s.ws.workspaceId}/${fileId}\\.png\\?expires=\\d+&sig=`),
    );
    // The link serves the file (path and query as the app sees them).
    const file = await app.inject({ method: 'GET', url: image.link.replace('https://shop.example.com', '') });
    expect(file.rawPayload.equals(png)).toBe(true);
  });

  it('Infobip: an interactive list in its shape (action.title, sections, rows)', async () => {
    const phone = '5511966660006';
    await infobip.deliver(infobip.inbound({ from: phone }), app, infobipPath);
    await transportOf(app).drain();
    const id = await conversationWith(phone);
    const list = {
      body: 'Nossos cafés',
      button: 'Ver cafés',
      sections: [{ title: 'Cafés', rows: [{ id: 'variant:1', title: 'Café especial', description: 'R$ 15,00' }] }],
    };
    const res = await send(id, { list });
    expectStatus(res, 201);
    expect(res.json()).toMatchObject({ kind: 'interactive', text: 'Nossos cafés\n1. Café especial — R$ 15,00' });
    await transportOf(app).drain();
    await runSender(app);
    const out = infobip.sentMessages().filter((m) => m.body.to === phone);
    expect(out[0]?.path).toBe('/whatsapp/1/message/interactive/list');
    expect(out[0]?.body.content).toEqual({
      body: { text: 'Nossos cafés' },
      action: { title: 'Ver cafés', sections: list.sections },
    });
  });
});
