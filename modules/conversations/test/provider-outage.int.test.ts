import { createTestApp, type TestApp } from '@nexova/app';
import { systemContext } from '@nexova/kernel';
import { createFakeMeta, type FakeMeta, until } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelGuard, conversationSettings, sendDueMessages } from '../src/index';
import { conversationsOf, created, rowsIn, type Shop, shop, transportOf } from './helpers';

// A Meta outage seen by the sender's per-channel circuit breaker: after
// CONVERSATIONS_BREAKER_FAILURES failed sends the channel's messages wait in the queue, spending no
// attempts and sending nothing to the provider; once it is back, the trial send after the cooldown
// closes the circuit and every message is delivered once.

let app: TestApp;
let meta: FakeMeta;
let s: Shop;
let path: string;
let channelId: string;

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp({
    ...meta.env,
    NEXOVA_SECRET_KEY: 'conversations-test-secret-key-0123456789',
    CONVERSATIONS_BREAKER_FAILURES: '2',
    CONVERSATIONS_BREAKER_COOLDOWN_MS: '300',
    CONVERSATIONS_SEND_MAX_ATTEMPTS: '3',
  });
  s = await shop(app);
  const channel = await created<{ id: string; webhook_path: string }>(s, '/channels', {
    kind: 'meta',
    name: 'WhatsApp',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  path = channel.webhook_path;
  channelId = channel.id;
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

describe('a provider outage behind the circuit breaker', () => {
  it('stops calling the provider, keeps the messages queued with their attempts, then delivers each once', async () => {
    await meta.deliver(meta.inbound({ from: '5511987650101', payload: { body: 'oi' } }), app, path);
    await transportOf(app).drain();
    const [conversation] = await conversationsOf(s);
    const ids: string[] = [];
    for (const text of ['um', 'dois', 'três', 'quatro', 'cinco'])
      ids.push((await created(s, `/conversations/${conversation?.id}/messages`, { text })).id);
    await transportOf(app).drain();

    const settings = conversationSettings(app.config);
    const guard = channelGuard(settings.guard);
    const ctx = { ...systemContext(null, 'test'), db: app.database.db };
    // Far enough ahead that every retry and deferral is due at each run.
    const run = () => sendDueMessages({ ctx, input: { settings, guard, now: new Date(Date.now() + 86_400_000) } });

    meta.failNext(1000, 503);
    const hitsBefore = meta.hits();
    // The first run's batch is in flight at once: all five fail (and open the circuit).
    await run();
    expect(meta.hits() - hitsBefore).toBe(5);
    // Later runs find every message due again, and the open circuit keeps them from the provider.
    for (let i = 0; i < 3; i++) await run();
    expect(meta.hits() - hitsBefore).toBe(5);
    expect(guard.state(channelId)).toBe('open');
    const rows = await rowsIn<{ status: string; attempts: number }>(
      app,
      s.ws.workspaceId,
      sql`select status, attempts from conversations.messages where direction = 'outbound'`,
    );
    expect(rows).toHaveLength(5);
    // One failed attempt each, though CONVERSATIONS_SEND_MAX_ATTEMPTS (3) runs went by: nothing failed for good.
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(Array(5).fill(['queued', 1]));

    meta.failNext(0);
    const sentBefore = meta.sentTexts().length;
    await until(
      async () => {
        await run();
        return meta.sentTexts().length - sentBefore;
      },
      (n) => n === 5,
      'the messages were not delivered after the outage',
    );
    expect(
      meta
        .sentTexts()
        .slice(sentBefore)
        .map((t) => t.body)
        .sort(),
    ).toEqual(['cinco', 'dois', 'quatro', 'três', 'um']);
    const after = await rowsIn<{ status: string }>(
      app,
      s.ws.workspaceId,
      sql`select status from conversations.messages where direction = 'outbound'`,
    );
    expect(after.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
  });
});
