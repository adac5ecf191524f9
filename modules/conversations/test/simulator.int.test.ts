import { Script } from 'node:vm';
import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationsOf, created, expectStatus, messagesOf, runSender, type Shop, shop, transportOf } from './helpers';

// The simulator's inbound: a simulated customer writes through POST /channels/{id}/simulator/messages,
// which enters like a provider webhook (inbox + conversations.webhook.received + the inbound consumer);
// a member's reply is delivered to the simulated customer at once.

let app: TestApp;
let s: Shop;
let channel: string;
const url = (id: string) => `/channels/${id}/simulator/messages`;

beforeAll(async () => {
  app = await createTestApp();
  s = await shop(app);
  channel = (await created(s, '/channels', { kind: 'simulator', name: 'Simulator' })).id;
}, 120_000);
afterAll(() => app?.dispose());

describe('simulated customers', () => {
  it('stores a message once though it is posted three times (in flight) with the same client id', async () => {
    const body = { phone: '+55 11 91234-0001', name: 'Bia', text: 'Oi, tem a camiseta M?', client_message_id: 'c-1' };
    const answers = await Promise.all([1, 2, 3].map(() => s.call('POST', url(channel), body)));
    for (const res of answers) expectStatus(res, 202);
    const outcomes = answers.map((r) => r.json().outcome).sort();
    expect(outcomes).toEqual(['duplicate', 'duplicate', 'stored']);
    expect(answers[0]?.json()).toMatchObject({
      provider_message_id: 'simulator-in-c-1',
      contact_address: '+5511912340001',
      conversation_id: null,
    });
    await transportOf(app).drain();
    const again = await s.call('POST', url(channel), body);
    expect(again.json()).toMatchObject({ outcome: 'duplicate' });
    await transportOf(app).drain();

    const conversation = (await conversationsOf(s)).find((c) => c.id === again.json().conversation_id);
    expect(conversation).toMatchObject({ unread_count: 1, status: 'open' });
    const messages = await messagesOf(s, conversation?.id ?? '');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ direction: 'inbound', kind: 'text', text: 'Oi, tem a camiseta M?' });
    // The customer was resolved in the people directory, by name and number.
    const person = await s.call('GET', `/customers/${conversation?.person_id}`);
    expectStatus(person, 200);
    expect(person.json()).toMatchObject({ name: 'Bia' });
  });

  it("a member's reply reaches the simulated customer, delivered at once", async () => {
    const first = await s.call('POST', url(channel), { phone: '+5511912340002', text: 'Olá' });
    expectStatus(first, 202);
    await transportOf(app).drain();
    const second = await s.call('POST', url(channel), { phone: '+5511912340002', text: 'Tem entrega hoje?' });
    const conversationId = second.json().conversation_id as string;
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);
    await transportOf(app).drain();
    const reply = await s.call('POST', `/conversations/${conversationId}/messages`, { text: 'Tem sim, até as 18h!' });
    expect(reply.statusCode, reply.body).toBeLessThan(300);
    await transportOf(app).drain();
    await runSender(app);
    await transportOf(app).drain();
    const messages = await messagesOf(s, conversationId);
    expect(messages.map((m) => [m.direction, m.text]).reverse()).toEqual([
      ['inbound', 'Olá'],
      ['inbound', 'Tem entrega hoje?'],
      ['outbound', 'Tem sim, até as 18h!'],
    ]);
    expect(messages[0]).toMatchObject({ status: 'delivered' });
  });

  it('409 for a provider channel, 404 for an unknown one, 400 for a bad phone', async () => {
    const meta = await created(s, '/channels', {
      kind: 'meta',
      name: 'Meta',
      settings: { phone_number_id: '106540352242922' },
      credentials: { access_token: 'EAAG-test', app_secret: 'secret', verify_token: 'verify' },
    });
    const res = await s.call('POST', url(meta.id), { phone: '+5511912340003', text: 'oi' });
    expectStatus(res, 409);
    expect(res.json()).toMatchObject({ code: 'channel_not_simulator' });
    const missing = await s.call('POST', url('0190f1c2-7d3a-7b41-9e4c-999999999999'), {
      phone: '+5511912340003',
      text: 'oi',
    });
    expectStatus(missing, 404);
    expect(missing.json()).toMatchObject({ code: 'channel_not_found' });
    const other = await shop(app);
    const foreign = await other.call('POST', url(channel), { phone: '+5511912340003', text: 'oi' });
    expectStatus(foreign, 404);
    const bad = await s.call('POST', url(channel), { phone: 'call me', text: 'oi' });
    expectStatus(bad, 400);
  });

  it('403 without channels:manage', async () => {
    const staff = await signUpAndCreateWorkspace(app, { owner: s.ws, permissions: ['conversations:read'] });
    const res = await apiClient(app, staff.headers)('POST', url(channel), { phone: '+5511912340004', text: 'oi' });
    expectStatus(res, 403);
  });

  it('serves the /simulator page (localised, strict CSP) and its script', async () => {
    const page = await app.inject({ method: 'GET', url: '/simulator', headers: { 'accept-language': 'pt-BR' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(page.body).toContain('Simulador de WhatsApp');
    expect(page.body).toContain('<script src="/simulator.js"></script>');
    expect(page.body).not.toMatch(/<script>/);
    const es = await app.inject({ method: 'GET', url: '/simulator', headers: { 'accept-language': 'es' } });
    expect(es.body).toContain('Tu número');
    const script = await app.inject({ method: 'GET', url: '/simulator.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.body).toContain('/simulator/messages');
    expect(script.body).toContain('/api/v1/ws?');
    expect(script.body).toContain('conversations.message.created');
    expect(() => new Script(script.body)).not.toThrow(); // valid JavaScript, no build step
    const css = await app.inject({ method: 'GET', url: '/simulator.css' });
    expect(css.headers['content-type']).toMatch(/text\/css/);
  });
});
