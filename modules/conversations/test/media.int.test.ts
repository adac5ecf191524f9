import { createHash } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { appFiles } from '@nexova/files';
import { createFakeInfobip, createFakeMeta, type FakeInfobip, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conversationsOf,
  created,
  eventTypesOf,
  expectStatus,
  type Message,
  messagesOf,
  rowsIn,
  runMedia,
  type Shop,
  shop,
  transportOf,
} from './helpers';

// Inbound media end to end against the fakes: the webhook stores a pending media, the media worker
// downloads it (Meta: GET /{media-id} then its URL; Infobip: the message's URL) outside any
// request, into the file store, size-limited and type-checked, retried on outages.

let app: TestApp;
let meta: FakeMeta;
let infobip: FakeInfobip;
let s: Shop;
let metaPath: string;
let infobipPath: string;
const MAX = 4096;

const png = (size: number) => {
  const buf = Buffer.alloc(size, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(buf);
  return buf;
};

beforeAll(async () => {
  meta = await createFakeMeta();
  infobip = await createFakeInfobip();
  app = await createTestApp({
    ...meta.env,
    NEXOVA_SECRET_KEY: 'conversations-test-secret-key-0123456789',
    CONVERSATIONS_MEDIA_MAX_BYTES: String(MAX),
    CONVERSATIONS_MEDIA_RETRY_BASE_MS: '10',
  });
  s = await shop(app);
  const m = await created<{ webhook_path: string }>(s, '/channels', {
    kind: 'meta',
    name: 'WhatsApp',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  metaPath = m.webhook_path;
  const i = await created<{ webhook_path: string }>(s, '/channels', {
    kind: 'infobip',
    name: 'Infobip',
    settings: { base_url: infobip.url, sender: infobip.sender },
    credentials: {
      api_key: infobip.apiKey,
      webhook_username: infobip.webhookUsername,
      webhook_password: infobip.webhookPassword,
    },
  });
  infobipPath = i.webhook_path;
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
  await infobip?.close();
});

async function lastMessageFrom(phone: string): Promise<Message> {
  const conv = (await conversationsOf(s)).find(
    (c) => (c as unknown as { contact_address: string }).contact_address === `+${phone}`,
  );
  if (!conv) throw new Error(`no conversation with ${phone}`);
  const [m] = await messagesOf(s, conv.id);
  if (!m) throw new Error('no message');
  return m;
}

async function metaImage(phone: string, data: Buffer, mime = 'image/png') {
  const id = meta.addMedia(data, mime);
  const res = await meta.deliver(
    meta.inbound({ from: phone, type: 'image', payload: { id, mime_type: mime, sha256: 'x', caption: 'comprovante' } }),
    app,
    metaPath,
  );
  expectStatus(res, 200);
  await transportOf(app).drain();
}

describe('inbound media', () => {
  it('a Meta image: pending at once, then stored with its bytes and type; the message shows a signed URL', async () => {
    const data = png(1500);
    await metaImage('5511911110001', data);
    const pending = await lastMessageFrom('5511911110001');
    expect(pending).toMatchObject({ kind: 'image', text: 'comprovante', media: { status: 'pending', url: null } });
    expect(await runMedia(app)).toMatchObject({ claimed: 1, stored: 1 });
    const m = await lastMessageFrom('5511911110001');
    expect(m.media).toMatchObject({
      status: 'stored',
      content_type: 'image/png',
      size: 1500,
      sha256: createHash('sha256').update(data).digest('hex'),
      error: null,
    });
    const key = `media/${s.ws.workspaceId}/${m.media?.id}.png`;
    expect((await appFiles(app.config).store.get(key))?.equals(data)).toBe(true);
    const file = await app.inject({ method: 'GET', url: m.media?.url ?? '' });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(data)).toBe(true);
    expect(await eventTypesOf(app, s.ws.workspaceId)).toContain('conversations.message.media_updated');
    // This app has no NEXOVA_PUBLIC_URL: Meta could not fetch the file, so sending it is refused now.
    const conv = (await conversationsOf(s)).find(
      (c) => (c as unknown as { contact_address: string }).contact_address === '+5511911110001',
    );
    const refused = await s.call('POST', `/conversations/${conv?.id}/messages`, { media: { file_id: m.media?.id } });
    expectStatus(refused, 409);
    expect(refused.json()).toMatchObject({ code: 'message_media_unreachable' });
  });

  it('an oversized file fails (media_too_large) and nothing is written to the store', async () => {
    await metaImage('5511911110002', png(MAX + 1));
    expect(await runMedia(app)).toMatchObject({ claimed: 1, stored: 0 });
    const m = await lastMessageFrom('5511911110002');
    expect(m.media).toMatchObject({ status: 'failed', url: null, size: null });
    expect(m.media?.error).toMatch(/media_too_large/);
    const keys: string[] = [];
    for await (const f of appFiles(app.config).store.list(`media/${s.ws.workspaceId}/${m.media?.id}`)) keys.push(f.key);
    expect(keys).toEqual([]);
  });

  it('a file that is not what it claims (HTML as image/jpeg) fails with media_type_not_allowed', async () => {
    await metaImage('5511911110003', Buffer.from('<html>not an image</html>'), 'image/jpeg');
    await runMedia(app);
    const m = await lastMessageFrom('5511911110003');
    expect(m.media).toMatchObject({ status: 'failed' });
    expect(m.media?.error).toMatch(/media_type_not_allowed/);
  });

  it('the download failing twice (503) then succeeding: stored once', async () => {
    const data = png(2000);
    await metaImage('5511911110004', data);
    meta.failNext(2, 503);
    expect(await runMedia(app)).toMatchObject({ claimed: 1, stored: 0 });
    let m = await lastMessageFrom('5511911110004');
    expect(m.media).toMatchObject({ status: 'pending' });
    expect(m.media?.error).toMatch(/503/);
    expect(await runMedia(app, new Date(Date.now() + 60_000))).toMatchObject({ claimed: 1, stored: 0 });
    expect(await runMedia(app, new Date(Date.now() + 120_000))).toMatchObject({ claimed: 1, stored: 1 });
    expect(await runMedia(app, new Date(Date.now() + 180_000))).toMatchObject({ claimed: 0 });
    m = await lastMessageFrom('5511911110004');
    expect(m.media).toMatchObject({ status: 'stored', size: 2000 });
    const rows = await rowsIn<{ attempts: number }>(
      app,
      s.ws.workspaceId,
      sql`select attempts from conversations.message_media where id = ${m.media?.id}`,
    );
    expect(rows).toEqual([{ attempts: 3 }]);
  });

  it('two media workers at once: the file is downloaded once and stored once', async () => {
    const data = png(1000);
    await metaImage('5511911110006', data);
    const before = meta.hits();
    const runs = await Promise.all([runMedia(app), runMedia(app), runMedia(app)]);
    expect(runs.reduce((n, r) => n + r.stored, 0)).toBe(1);
    expect(meta.hits() - before).toBe(2); // GET /{media-id}, then its URL
    const m = await lastMessageFrom('5511911110006');
    expect(m.media).toMatchObject({ status: 'stored', size: 1000 });
  });

  it('an Infobip image: fetched from the message URL with the App key', async () => {
    const data = png(1200);
    const url = infobip.addMedia(data, 'image/png');
    const res = await infobip.deliver(
      infobip.inbound({ from: '5511911110005', message: { type: 'IMAGE', url, caption: 'recibo' } }),
      app,
      infobipPath,
    );
    expectStatus(res, 200);
    await transportOf(app).drain();
    await runMedia(app);
    const m = await lastMessageFrom('5511911110005');
    expect(m.media).toMatchObject({ status: 'stored', content_type: 'image/png', size: 1200 });
    expect(infobip.requests.at(-1)?.authorization).toBe(`App ${infobip.apiKey}`);
  });
});
