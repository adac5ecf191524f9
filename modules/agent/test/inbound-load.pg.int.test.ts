import { createTestApp, type TestApp } from '@nexova/app';
import { conversationSettings, conversationsModule, sendDueMessages } from '@nexova/conversations';
import { createEmbeddedTransport } from '@nexova/events';
import { appFiles } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueTurns } from '../src/index';
import { expectStatus, rowsIn, type Shop, shop } from './helpers';

// Unbounded concurrent inbound load on ONE conversation, on PostgreSQL: many Meta webhooks at once
// while several workers (each its own transport: conversations' and the agent's consumers) and turns
// workers run side by side. No webhook answers 5xx, no transaction dies of a deadlock (40P01) — not
// a consumer's (retried, but counted here) nor a turn's — and every message is stored once.
// The 40P01 once seen here was conversations.inbound against agent.inbound while the agent's turn
// ran inside that consumer; turns now run in the turns worker, and the lock order is one way:
// a turn's close takes the session, then the conversation (sendMessage); inbound takes only the
// conversation (then inserts its message), agent.inbound only inserts the session and the turn.

const N = 80;
const WORKERS = 4;
let app: TestApp;
let meta: FakeMeta;
let s: Shop;
let path: string;

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp({ ...meta.env, NEXOVA_SECRET_KEY: 'agent-load-test-secret-key-0123456789ab' });
  s = await shop(app);
  const res = await s.call('POST', '/channels', {
    kind: 'meta',
    name: 'WhatsApp',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  expectStatus(res, 201);
  path = res.json().webhook_path;
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

describe('concurrent inbound load on one conversation (PostgreSQL)', () => {
  it('no 5xx, no deadlock, every message stored once and answered', async () => {
    const phone = '5511944440001';
    const problems: unknown[] = [];
    const logger = { warn: (o: object) => problems.push(o), error: (o: object) => problems.push(o) };
    const runtime = app.composition.runtimes.agent;
    const consumers = [
      ...(conversationsModule.consumers ?? []),
      ...app.composition.consumers.filter((c) => c.name.startsWith('agent.')),
    ];
    let sending = true;
    const worker = async () => {
      const transport = createEmbeddedTransport({ database: app.database, consumers, logger });
      for (;;) {
        const wasSending = sending;
        const applied = await transport.drain();
        const answered = await runDueTurns({
          ctx: { ...systemContext(null, 'test'), db: app.database.db },
          input: {
            brain: runtime.brain,
            config: runtime.config,
            observe: { failed: (info) => problems.push(info.error) },
          },
        });
        const sent = await sendDueMessages({
          ctx: { ...systemContext(null, 'test'), db: app.database.db },
          input: { settings: conversationSettings(app.config), sign: (key) => appFiles(app.config).signer.sign(key) },
        });
        if (!wasSending && !applied && !answered && sent.claimed === 0) return;
      }
    };
    const workers = Array.from({ length: WORKERS }, worker);
    const statuses = await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        const body = meta.inbound({ from: phone, name: 'Ana', id: `wamid.load-${i}` });
        return (await meta.deliver(body, app, path)).statusCode;
      }),
    );
    sending = false;
    await Promise.all(workers);
    expect(statuses.filter((code) => code >= 500)).toEqual([]);
    expect(problems.map((p) => String((p as { err?: unknown }).err ?? p))).toEqual([]);
    const stored = await rowsIn<{ provider_message_id: string; n: number }>(
      app,
      s.ws.workspaceId,
      sql`select provider_message_id, count(*)::int as n from conversations.messages
          where workspace_id = ${s.ws.workspaceId} and direction = 'inbound' group by provider_message_id`,
    );
    expect(stored).toHaveLength(N);
    expect(stored.every((r) => r.n === 1)).toBe(true);
    const turns = await rowsIn<{ status: string; n: number }>(
      app,
      s.ws.workspaceId,
      sql`select status, count(*)::int as n from agent.turns where workspace_id = ${s.ws.workspaceId} group by status`,
    );
    expect(turns).toEqual([{ status: 'done', n: N }]);
  }, 180_000);
});
