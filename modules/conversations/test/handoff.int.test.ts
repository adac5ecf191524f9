import { apiClient, createTestApp, type TestApp } from '@nexova/app';
import type { AppContext } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestHandoff, sendMessage } from '../src/index';
import {
  conversationsOf,
  created,
  eventTypesOf,
  expectStatus,
  messagesOf,
  rowsIn,
  runSender,
  type Shop,
  shop,
  transportOf,
} from './helpers';

// Human handoff: the agent (or a keyword, repeated failures, a member) asks for a human, a member
// takes the conversation over, hands it back; every move is in the history and on the event stream.
// Ownership is checked at send time: an agent message queued before a take-over is canceled, never
// delivered to the provider, while a member's reply still goes out.

let app: TestApp;
let meta: FakeMeta;
let s: Shop;
let path: string;
const transport = () => transportOf(app);
const agentCtx = (): AppContext => ({
  ...systemContext(s.ws.workspaceId),
  actor: { type: 'agent', id: 'agent' },
  db: app.database.db,
});

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp(meta.env);
  s = await shop(app);
  const channel = await created<{ webhook_path: string }>(s, '/channels', {
    kind: 'meta',
    name: 'Loja',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  path = channel.webhook_path;
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

/** A new conversation: one inbound message from `from`, processed. */
async function conversationWith(from: string): Promise<string> {
  await meta.deliver(meta.inbound({ from, payload: { body: `oi de ${from}` } }), app, path);
  await transport().drain();
  const found = (await conversationsOf(s)).find(
    (c) => (c as { contact_address?: string }).contact_address === `+${from}`,
  );
  expect(found).toBeDefined();
  return found?.id ?? '';
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string }) => e.code,
  );

describe('handoff lifecycle', () => {
  it('requested by the agent, taken by a member, returned; illegal moves are 409; the history lists each', async () => {
    const id = await conversationWith('5511987660001');
    const requested = await requestHandoff({
      ctx: agentCtx(),
      input: { conversationId: id, source: 'keyword', reason: 'quero falar com um atendente' },
    });
    expect(requested).toMatchObject({ handled_by: 'agent', handoff_requested_at: expect.any(String) });
    expect(await codeOf(requestHandoff({ ctx: agentCtx(), input: { conversationId: id, source: 'agent' } }))).toBe(
      'handoff_already_requested',
    );
    // The inbox's "waiting for a person" filter: handoff=true lists it, handoff=false does not.
    const waiting = async (handoff: string) =>
      ((await s.call('GET', `/conversations?handoff=${handoff}`)).json() as { items: { id: string }[] }).items.map(
        (c) => c.id,
      );
    expect(await waiting('true')).toContain(id);
    expect(await waiting('false')).not.toContain(id);
    expectStatus(await s.call('GET', '/conversations?handoff=maybe'), 400);

    const taken = await s.call('POST', `/conversations/${id}/take-over`, {});
    expectStatus(taken, 200);
    expect(await waiting('true')).not.toContain(id);
    expect(taken.json()).toMatchObject({ handled_by: 'member', assignee_id: s.ws.userId, handoff_requested_at: null });
    const again = await s.call('POST', `/conversations/${id}/take-over`, {});
    expectStatus(again, 409);
    expect(again.json()).toMatchObject({ code: 'conversation_already_taken' });
    const ask = await s.call('POST', `/conversations/${id}/handoff`, { reason: 'outra vez' });
    expectStatus(ask, 409);
    expect(ask.json()).toMatchObject({ code: 'conversation_handled_by_member' });

    const back = await s.call('POST', `/conversations/${id}/return-to-agent`, { reason: 'resolvido' });
    expectStatus(back, 200);
    expect(back.json()).toMatchObject({ handled_by: 'agent', handoff_requested_at: null });
    const twice = await s.call('POST', `/conversations/${id}/return-to-agent`);
    expectStatus(twice, 409);
    expect(twice.json()).toMatchObject({ code: 'conversation_handled_by_agent' });

    // A member asks, then declines it (return to agent while pending).
    expectStatus(await s.call('POST', `/conversations/${id}/handoff`, { reason: 'pedido de atacado' }), 200);
    expectStatus(await s.call('POST', `/conversations/${id}/return-to-agent`), 200);

    const history = await s.call('GET', `/conversations/${id}/handoffs?limit=2`);
    expectStatus(history, 200);
    const first = history.json() as { items: Record<string, unknown>[]; next_cursor: string | null };
    expect(first.items.map((h) => h.kind)).toEqual(['returned', 'requested']);
    expect(first.next_cursor).not.toBeNull();
    const rest = await s.call('GET', `/conversations/${id}/handoffs?cursor=${first.next_cursor}`);
    const items = [...first.items, ...(rest.json().items as Record<string, unknown>[])];
    expect(items.map((h) => [h.kind, h.source, h.actor_type])).toEqual([
      ['returned', 'member', 'user'],
      ['requested', 'member', 'user'],
      ['returned', 'member', 'user'],
      ['taken', 'member', 'user'],
      ['requested', 'keyword', 'agent'],
    ]);
    expect(items[4]).toMatchObject({ reason: 'quero falar com um atendente', actor_id: 'agent' });
    expect(items[2]).toMatchObject({ reason: 'resolvido', actor_id: s.ws.userId });

    const types = (await eventTypesOf(app, s.ws.workspaceId)).filter((t) => t.startsWith('conversations.handoff.'));
    expect(types.slice(-5)).toEqual([
      'conversations.handoff.requested',
      'conversations.handoff.taken',
      'conversations.handoff.returned',
      'conversations.handoff.requested',
      'conversations.handoff.returned',
    ]);
  });

  it('a reason longer than CONVERSATIONS_HANDOFF_REASON_MAX_CHARS is 422 naming reason', async () => {
    const id = await conversationWith('5511987660002');
    const res = await s.call('POST', `/conversations/${id}/handoff`, { reason: 'x'.repeat(1001) });
    expectStatus(res, 422);
    expect(res.json()).toMatchObject({ code: 'handoff_reason_invalid' });
  });
});

describe('who may', () => {
  it('a member without conversations:write gets 403; another workspace gets 404', async () => {
    const id = await conversationWith('5511987660003');
    const reader = await signUpAndCreateWorkspace(app, { permissions: ['conversations:read'], owner: s.ws });
    for (const move of ['handoff', 'take-over', 'return-to-agent']) {
      const res = await apiClient(app, reader.headers)('POST', `/conversations/${id}/${move}`, {});
      expect(res.statusCode, `${move}: ${res.body}`).toBe(403);
    }
    const read = await apiClient(app, reader.headers)('GET', `/conversations/${id}/handoffs`);
    expect(read.statusCode, read.body).toBe(200);

    const other = await shop(app);
    for (const move of ['handoff', 'take-over', 'return-to-agent']) {
      const res = await other.call('POST', `/conversations/${id}/${move}`, {});
      expectStatus(res, 404);
      expect(res.json()).toMatchObject({ code: 'conversation_not_found' });
    }
    expectStatus(await other.call('GET', `/conversations/${id}/handoffs`), 404);
    const [row] = await rowsIn<{ handled_by: string }>(
      app,
      s.ws.workspaceId,
      sql`select handled_by from conversations.conversations where id = ${id}`,
    );
    expect(row?.handled_by).toBe('agent');
  });

  it('10 members taking the same conversation over at once: exactly one wins, the others get 409', async () => {
    const id = await conversationWith('5511987660004');
    const members = await Promise.all(
      Array.from({ length: 10 }, () =>
        signUpAndCreateWorkspace(app, { permissions: ['conversations:*'], owner: s.ws }),
      ),
    );
    const answers = await Promise.all(
      members.map((m) => apiClient(app, m.headers)('POST', `/conversations/${id}/take-over`, {})),
    );
    const won = answers.filter((r) => r.statusCode === 200);
    expect(won).toHaveLength(1);
    const lost = answers.filter((r) => r.statusCode !== 200);
    expect(lost.map((r) => [r.statusCode, r.json().code])).toEqual(
      Array.from({ length: 9 }, () => [409, 'conversation_already_taken']),
    );
    const winner = members[answers.indexOf(won[0] as (typeof answers)[number])];
    expect(won[0]?.json()).toMatchObject({ handled_by: 'member', assignee_id: winner?.userId });
    const history = (await s.call('GET', `/conversations/${id}/handoffs`)).json().items as { kind: string }[];
    expect(history.map((h) => h.kind)).toEqual(['taken']);
  });
});

describe('ownership at send time', () => {
  it('an agent message queued before a take-over is canceled, never sent; a member reply still goes out', async () => {
    const id = await conversationWith('5511987660005');
    const before = meta.sentTexts().length;
    const queued = await sendMessage({
      ctx: agentCtx(),
      input: { conversationId: id, text: 'Posso ajudar com mais algo?', maxChars: 4096 },
    });
    expect(queued).toMatchObject({ author_type: 'agent', status: 'queued' });
    await transport().drain();
    expectStatus(await s.call('POST', `/conversations/${id}/take-over`, {}), 200);

    expect(await runSender(app)).toEqual({ claimed: 0, sent: 0 });
    expect(meta.sentTexts().slice(before)).toEqual([]);
    const [canceled] = await messagesOf(s, id);
    expect(canceled).toMatchObject({ id: queued.id, status: 'canceled', error: 'conversation_handled_by_member' });
    const changed = await rowsIn<{ status: string }>(
      app,
      s.ws.workspaceId,
      sql`select payload->>'status' as status from events.outbox where type = 'conversations.message.status_changed' and payload->>'message_id' = ${queued.id}`,
    );
    expect(changed).toEqual([{ status: 'canceled' }]);
    // The agent may no longer write to it.
    expect(
      await codeOf(sendMessage({ ctx: agentCtx(), input: { conversationId: id, text: 'Oi?', maxChars: 4096 } })),
    ).toBe('conversation_handled_by_member');

    const reply = await created<{ id: string; author_type: string }>(s, `/conversations/${id}/messages`, {
      text: 'Oi! Aqui é a Ana, da loja.',
    });
    expect(reply.author_type).toBe('member');
    await transport().drain();
    expect((await runSender(app)).sent).toBe(1);
    expect(
      meta
        .sentTexts()
        .slice(before)
        .map((m) => m.body),
    ).toEqual(['Oi! Aqui é a Ana, da loja.']);
    // A later run changes nothing: the canceled message stays canceled.
    await runSender(app, new Date(Date.now() + 3_600_000));
    expect(meta.sentTexts().slice(before)).toHaveLength(1);
    expect((await messagesOf(s, id)).find((m) => m.id === queued.id)?.status).toBe('canceled');
  });

  it('handed back to the agent, its new messages are sent again', async () => {
    const id = await conversationWith('5511987660006');
    expectStatus(await s.call('POST', `/conversations/${id}/take-over`, {}), 200);
    expectStatus(await s.call('POST', `/conversations/${id}/return-to-agent`, {}), 200);
    const before = meta.sentTexts().length;
    await sendMessage({
      ctx: agentCtx(),
      input: { conversationId: id, text: 'Voltei! Em que posso ajudar?', maxChars: 4096 },
    });
    await transport().drain();
    expect((await runSender(app)).sent).toBe(1);
    expect(
      meta
        .sentTexts()
        .slice(before)
        .map((m) => m.body),
    ).toEqual(['Voltei! Em que posso ajudar?']);
  });
});
