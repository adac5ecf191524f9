import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { createFakeMeta, type FakeMeta, PNG } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationsOf, created, expectStatus, messagesOf, runSender, type Shop, shop, transportOf } from './helpers';

// A member replying in the inbox uploads an image or PDF (multipart, one file part) and sends it by
// its id: Meta gets an image (or document) link under NEXOVA_PUBLIC_URL that serves the same bytes.
// Too large (CONVERSATIONS_UPLOAD_MAX_BYTES) is a 413, another type (judged by the bytes) a 415,
// both problem+json naming /file; another workspace's conversation is a 404.

let app: TestApp;
let meta: FakeMeta;
let s: Shop;
let metaPath: string;
const PUBLIC = 'https://shop.example.com';

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp({
    ...meta.env,
    NEXOVA_SECRET_KEY: 'conversations-test-secret-key-0123456789',
    NEXOVA_PUBLIC_URL: PUBLIC,
    CONVERSATIONS_UPLOAD_MAX_BYTES: '2048',
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
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

function multipart(data: Buffer, filename: string) {
  const boundary = `nexova${Math.random().toString(36).slice(2, 10)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

const upload = (on: Shop, conversationId: string, data: Buffer, filename: string) => {
  const body = multipart(data, filename);
  return app.inject({
    method: 'POST',
    url: `/api/v1/conversations/${conversationId}/files`,
    headers: { ...on.ws.headers, 'content-type': body.contentType, 'idempotency-key': randomUUID() },
    payload: body.payload,
  });
};

async function conversationOf(phone: string): Promise<string> {
  expectStatus(await meta.deliver(meta.inbound({ from: phone }), app, metaPath), 200);
  await transportOf(app).drain();
  const c = (await conversationsOf(s)).find(
    (x) => (x as unknown as { contact_address: string }).contact_address === `+${phone}`,
  );
  if (!c) throw new Error('no conversation');
  return c.id;
}

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20)]);

describe('member uploads sent as media', () => {
  it('a PNG uploaded then sent: one image message, Meta gets a link serving the same bytes; a PDF goes as a document', async () => {
    const phone = '5511955550001';
    const id = await conversationOf(phone);
    const res = await upload(s, id, PNG, 'catalogo.png');
    expectStatus(res, 201);
    const file = res.json();
    expect(res.headers.location).toBe(file.url);
    expect(file).toMatchObject({
      status: 'stored',
      content_type: 'image/png',
      size: PNG.length,
      filename: 'catalogo.png',
    });
    const sent = await s.call('POST', `/conversations/${id}/messages`, {
      text: 'Nosso catálogo',
      media: { file_id: file.id },
    });
    expectStatus(sent, 201);
    expect(sent.json()).toMatchObject({ kind: 'image', author_type: 'member' });
    const doc = await upload(s, id, pdf, 'tabela.pdf');
    expectStatus(doc, 201);
    expectStatus(await s.call('POST', `/conversations/${id}/messages`, { media: { file_id: doc.json().id } }), 201);
    await transportOf(app).drain();
    await runSender(app);
    const out = meta.sentMessages().filter((m) => m.body.to === phone);
    expect(out.map((m) => m.body.type)).toEqual(['image', 'document']);
    const image = out[0]?.body.image as { link: string; caption: string };
    expect(image.caption).toBe('Nosso catálogo');
    const served = await app.inject({ method: 'GET', url: image.link.replace(PUBLIC, '') });
    expect(served.rawPayload.equals(PNG)).toBe(true);
    const shown = (await messagesOf(s, id)).filter((m) => m.direction === 'outbound');
    expect(shown.map((m) => [m.kind, m.status])).toEqual(
      expect.arrayContaining([
        ['image', 'sent'],
        ['document', 'sent'],
      ]),
    );
  });

  it('too large → 413 and another type → 415, problem+json naming /file; not multipart → 415', async () => {
    const id = await conversationOf('5511955550002');
    const big = Buffer.concat([PNG, Buffer.alloc(4096, 1)]);
    const tooLarge = await upload(s, id, big, 'grande.png');
    expectStatus(tooLarge, 413);
    expect(tooLarge.headers['content-type']).toMatch(/problem\+json/);
    expect(tooLarge.json()).toMatchObject({
      code: 'conversation_file_too_large',
      max_bytes: 2048,
      errors: [expect.objectContaining({ pointer: '/file' })],
    });
    const wrong = await upload(s, id, Buffer.from('MZ not an image at all'), 'foto.png');
    expectStatus(wrong, 415);
    expect(wrong.json()).toMatchObject({
      code: 'conversation_file_type_not_allowed',
      errors: [expect.objectContaining({ pointer: '/file' })],
    });
    const none = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${id}/files`,
      headers: { ...s.ws.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      payload: '{}',
    });
    expect(none.statusCode).toBe(415);
    expect(none.headers['content-type']).toMatch(/problem\+json/);
  });

  it("another workspace's conversation is a 404", async () => {
    const id = await conversationOf('5511955550003');
    const other = await shop(app);
    const res = await upload(other, id, PNG, 'x.png');
    expectStatus(res, 404);
    expect(res.json()).toMatchObject({ code: 'conversation_not_found' });
  });
});
