import { createTestApp, type TestApp } from '@nexova/app';
import { conversationsModule } from '@nexova/conversations';
import { createEmbeddedTransport } from '@nexova/events';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drain, expectStatus, feedOf, type Member, memberOf, owner } from './helpers';

// A customer asking for a person tells the members who can read conversations, in their language:
// a WhatsApp message in through the fake Graph API, a handoff requested on its conversation, the
// staff consumer run.

let app: TestApp;
let meta: FakeMeta;
let boss: Member;
let inbox: Member;
let cashier: Member;

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp({ ...meta.env, NEXOVA_SECRET_KEY: 'notifications-test-secret-key-0123456789' });
  boss = await owner(app);
  inbox = await memberOf(app, boss, ['conversations:read', 'notifications:read']);
  cashier = await memberOf(app, boss, ['orders:read', 'notifications:read']);
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

describe('handoff requested', () => {
  it('reaches the members who can read conversations, with the reason', async () => {
    const channel = await boss.call('POST', '/channels', {
      kind: 'meta',
      name: 'WhatsApp',
      settings: { phone_number_id: meta.phoneNumberId },
      credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
    });
    expectStatus(channel, 201);
    await meta.deliver(
      meta.inbound({ from: '5511987650202', payload: { body: 'quero falar com alguém' } }),
      app,
      channel.json().webhook_path,
    );
    await createEmbeddedTransport({ database: app.database, consumers: conversationsModule.consumers ?? [] }).drain();
    const [conversation] = (await boss.call('GET', '/conversations')).json().items as { id: string }[];
    expectStatus(
      await boss.call('POST', `/conversations/${conversation?.id}/handoff`, { reason: 'pediu um atendente' }),
      200,
    );
    await drain(app);
    const [notice] = (await feedOf(inbox)).filter((i) => i.kind === 'handoff_requested');
    expect(notice?.params).toMatchObject({ conversation_id: conversation?.id, reason: 'pediu um atendente' });
    expect(notice?.title).toBe('Un cliente pide hablar con una persona'); // the workspace's language
    expect(notice?.body).toContain('pediu um atendente');
    expect((await feedOf(cashier)).filter((i) => i.kind === 'handoff_requested')).toEqual([]);
  });
});
