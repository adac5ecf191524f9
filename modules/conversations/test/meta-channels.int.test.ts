import { createTestApp, type TestApp } from '@nexova/app';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, expectStatus, rowsIn, type Shop, shop, transportOf } from './helpers';

// Meta channels: credentials never answered and sealed at rest, a missing or foreign one named,
// the simulator needing nothing, app secret rotation, and Meta's verify-token challenge.

let app: TestApp;
let meta: FakeMeta;
let s: Shop;
let channelId: string;
let path: string;
const _transport = () => transportOf(app);

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

describe('Meta channels', () => {
  it('never answers credentials, stores them sealed, and names a missing one', async () => {
    const res = await s.call('GET', `/channels/${channelId}`);
    expectStatus(res, 200);
    expect(res.body).not.toContain(meta.accessToken);
    expect(res.body).not.toContain(meta.appSecret);
    expect(res.json()).toMatchObject({
      kind: 'meta',
      settings: { phone_number_id: meta.phoneNumberId },
      credentials_set: ['access_token', 'app_secret', 'verify_token'],
      webhook_path: `/api/v1/webhooks/meta/${channelId}`,
    });
    const [row] = await rowsIn<{ secrets: string }>(
      app,
      s.ws.workspaceId,
      sql`select secrets from conversations.channels where id = ${channelId}`,
    );
    expect(row?.secrets.startsWith('v1.')).toBe(true);
    expect(row?.secrets).not.toContain(meta.accessToken);

    const bad = await s.call('POST', '/channels', {
      kind: 'meta',
      name: 'x',
      settings: { phone_number_id: '1' },
      credentials: { access_token: 'a', verify_token: 'v' },
    });
    expectStatus(bad, 422);
    expect(bad.json().errors[0].pointer).toBe('/credentials/app_secret');

    const list = await s.call('GET', '/channels');
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(channelId);
    expect(list.body).not.toContain(meta.accessToken);
  });

  it('a simulator channel needs nothing; credentials of another kind are refused naming them', async () => {
    const sim = await created<{ kind: string; webhook_path: string | null; credentials_set: string[] }>(
      s,
      '/channels',
      {
        kind: 'simulator',
        name: 'Simulador',
      },
    );
    expect(sim).toMatchObject({ kind: 'simulator', webhook_path: null, credentials_set: [] });
    const res = await s.call('POST', '/channels', { kind: 'simulator', name: 'x', credentials: { api_key: 'k' } });
    expectStatus(res, 422);
    expect(res.json().errors[0].pointer).toBe('/credentials/api_key');
  });

  it('rotating the app secret: a body signed with the old one is refused', async () => {
    const rotated = await s.call('PATCH', `/channels/${channelId}`, { credentials: { app_secret: 'rotated-secret' } });
    expectStatus(rotated, 200);
    expect(rotated.body).not.toContain('rotated-secret');
    const body = meta.inbound({ from: '5511900000002', payload: { body: 'depois da rotação' } });
    expect((await meta.deliver(body, app, path)).statusCode).toBe(401);
    const back = await s.call('PATCH', `/channels/${channelId}`, { credentials: { app_secret: meta.appSecret } });
    expectStatus(back, 200);
    expect((await meta.deliver(body, app, path)).statusCode).toBe(200);
  });

  it("answers Meta's verify-token challenge, and 403 to a wrong token", async () => {
    const q = (token: string) =>
      `${path}?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(token)}&hub.challenge=1158201444`;
    const ok = await app.inject({ method: 'GET', url: q(meta.verifyToken) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.body).toBe('1158201444');
    expect((await app.inject({ method: 'GET', url: q('wrong') })).statusCode).toBe(403);
  });
});
