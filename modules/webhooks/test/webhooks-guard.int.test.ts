import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueDeliveries, webhookSettings } from '../src/index';
import { type Receiver, startReceiver } from './receiver';

// The SSRF guard and the endpoint limit, with production settings (https only, no internal
// targets) and WEBHOOKS_MAX_ENDPOINTS=3. Every URL here is an IP literal or localhost: no DNS.

let app: TestApp;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  app = await createTestApp({ WEBHOOKS_MAX_ENDPOINTS: '3' });
});
afterAll(async () => {
  await app?.dispose();
  await receiver?.close();
});

async function workspace() {
  const ws = await signUpAndCreateWorkspace(app);
  return { ws, call: apiClient(app, ws.headers) };
}

describe('where an endpoint may point', () => {
  it.each([
    ['http://93.184.215.14/hooks', 'must use https'],
    ['ftp://93.184.215.14/hooks', 'must use https'],
    ['https://user:secret@93.184.215.14/hooks', 'user name or password'],
    ['https://127.0.0.1/hooks', 'loopback'],
    ['https://localhost:8443/hooks', 'loopback'],
    ['https://api.localhost/hooks', 'loopback'],
    ['https://[::1]/hooks', 'loopback'],
    ['https://10.1.2.3/hooks', 'private'],
    ['https://172.16.0.9/hooks', 'private'],
    ['https://192.168.1.1/hooks', 'private'],
    ['https://100.64.0.1/hooks', 'carrier-grade NAT'],
    ['https://169.254.169.254/latest/meta-data/', 'link-local'],
    ['https://[fe80::1]/hooks', 'link-local'],
    ['https://[fd12:3456::1]/hooks', 'unique-local'],
    ['https://[::ffff:10.0.0.1]/hooks', 'private'],
    ['https://0.0.0.0/hooks', 'unspecified'],
    ['https://[::]/hooks', 'unspecified'],
    ['https://224.0.0.1/hooks', 'multicast'],
    ['https://2130706433/hooks', 'loopback'],
  ])('refuses %s with a 422 naming url', async (url, words) => {
    const { call } = await workspace();
    const res = await call('POST', '/webhook-endpoints', { url, event_types: ['*'] }, { 'accept-language': 'es' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'webhook_url_not_allowed',
      title: 'URL de webhook no permitida',
      errors: [{ pointer: '/url', in: 'body' }],
    });
    expect(res.json().detail).toContain(words);
  });

  it('accepts a public address and refuses an edit to an internal one', async () => {
    const { call } = await workspace();
    const created = await call('POST', '/webhook-endpoints', { url: 'https://93.184.215.14/h', event_types: ['*'] });
    expect(created.statusCode).toBe(201);
    const edit = await call('PATCH', `/webhook-endpoints/${created.json().id}`, { url: 'https://10.0.0.1/h' });
    expect(edit.statusCode).toBe(422);
    expect(edit.json()).toMatchObject({ code: 'webhook_url_not_allowed', errors: [{ pointer: '/url' }] });
  });

  it('refuses at delivery time an endpoint that points inside (saved before the guard, or under looser settings)', async () => {
    const { ws, call } = await workspace();
    const created = await call('POST', '/webhook-endpoints', { url: 'https://93.184.215.14/h', event_types: ['*'] });
    const endpointId = created.json().id as string;
    const ctx = { ...systemContext(ws.workspaceId, 'test'), db: app.database.db };
    await withTransaction(ctx, (t) =>
      t.tx.execute(sql`update webhooks.endpoints set url = ${receiver.url('/inside')} where id = ${endpointId}`),
    );
    const ping = await call('POST', `/webhook-endpoints/${endpointId}/ping`);
    expect(ping.statusCode).toBe(202);
    const settings = webhookSettings(app.config);
    await sendDueDeliveries({
      ctx: { ...systemContext(null, 'test'), db: app.database.db },
      input: { settings: { ...settings, target: { allowHttp: true, allowPrivate: false } } },
    });
    const delivery = (await call('GET', `/webhook-deliveries/${ping.json().id}`)).json();
    expect(delivery.attempts).toHaveLength(1);
    expect(delivery.attempts[0]).toMatchObject({ status_code: null });
    expect(delivery.attempts[0].error).toContain('127.0.0.1 is a loopback address');
    expect(receiver.on('/inside')).toHaveLength(0);
  });
});

describe('endpoints per workspace', () => {
  it('refuses one more than WEBHOOKS_MAX_ENDPOINTS with a translated 409, and accepts again after a delete', async () => {
    const { call } = await workspace();
    const create = (n: number) =>
      call(
        'POST',
        '/webhook-endpoints',
        { url: `https://93.184.215.14/${n}`, event_types: ['*'] },
        {
          'accept-language': 'pt-BR',
        },
      );
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const res = await create(n);
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    const over = await create(4);
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({
      code: 'webhook_endpoint_limit_reached',
      title: 'Limite de endpoints de webhook atingido',
      max_endpoints: 3,
    });
    expect((await call('DELETE', `/webhook-endpoints/${ids[0]}`)).statusCode).toBe(204);
    expect((await create(5)).statusCode).toBe(201);
  });

  it('lets exactly WEBHOOKS_MAX_ENDPOINTS of many concurrent creations through', async () => {
    const { call } = await workspace();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        call('POST', '/webhook-endpoints', { url: `https://93.184.215.14/c${n}`, event_types: ['*'] }),
      ),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([201, 201, 201, 409, 409, 409, 409, 409]);
    const listed = await call('GET', '/webhook-endpoints');
    expect(listed.json().items).toHaveLength(3);
  });
});
