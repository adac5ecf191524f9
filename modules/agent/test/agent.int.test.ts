import type { TestApp } from '@nexova/app';
import { createTestApp } from '@nexova/app';
import { conversationSettings, type Message, sendDueMessages } from '@nexova/conversations';
import { systemContext } from '@nexova/kernel';
import { createFakeMeta, type FakeMeta } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AgentBrain, answerMessage, OfflineBrain } from '../src/index';
import {
  expectStatus,
  messagesOf,
  rowsIn,
  runTurns,
  type Shop,
  settle,
  shop,
  stockedProduct,
  transportOf,
} from './helpers';

// The offline agent end to end: a WhatsApp message (the fake Meta's signed webhook) → conversations →
// agent.inbound → tools (catalog, orders, checkout use-cases) → a reply queued and sent to Meta.

let app: TestApp;
let meta: FakeMeta;
let s: Shop;
let path: string;
let variantId: string;

beforeAll(async () => {
  meta = await createFakeMeta();
  app = await createTestApp(meta.env);
  s = await shop(app);
  const res = await s.call('POST', '/channels', {
    kind: 'meta',
    name: 'Loja',
    settings: { phone_number_id: meta.phoneNumberId },
    credentials: { access_token: meta.accessToken, app_secret: meta.appSecret, verify_token: meta.verifyToken },
  });
  expectStatus(res, 201);
  path = res.json().webhook_path;
  variantId = await stockedProduct(s, 'Café especial', 1500);
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await meta?.close();
});

/** The customer `from` writes `text` (optionally with a fixed wamid); every consumer runs. */
async function say(from: string, text: string, id?: string) {
  await meta.deliver(meta.inbound({ from, payload: { body: text }, ...(id ? { id } : {}) }), app, path);
  await settle(app);
}

async function conversationOf(from: string): Promise<{ id: string; person_id: string }> {
  const res = await s.call('GET', '/conversations');
  const found = (res.json().items as { id: string; person_id: string; contact_address: string }[]).find(
    (c) => c.contact_address === `+${from}`,
  );
  expect(found).toBeDefined();
  return found as { id: string; person_id: string };
}

const repliesOf = async (conversationId: string) =>
  (await messagesOf(s, conversationId)).filter((m) => m.direction === 'outbound').map((m) => m.text ?? '');

const ordersOf = async (customerId: string) =>
  (await s.call('GET', `/orders?customer_id=${customerId}`)).json().items as {
    id: string;
    status: string;
    lines: { variant_id: string; quantity: number }[];
    delivery: { method: string; address: string | null } | null;
  }[];

const sessionOf = async (conversationId: string) => {
  const res = await s.call('GET', `/conversations/${conversationId}/agent-session`);
  expectStatus(res, 200);
  return res.json() as { state: string; draft_order_id: string | null; locale: string };
};

describe('the offline agent sells by WhatsApp', () => {
  it('greets, takes "2 x café", asks for the address, confirms on "sí": the order is submitted (es)', async () => {
    const from = '5491155550001';
    await say(from, 'Hola!');
    const c = await conversationOf(from);
    expect((await repliesOf(c.id))[0]).toContain('asistente');

    await say(from, '2 x café');
    expect(await sessionOf(c.id)).toMatchObject({ state: 'needs_details', locale: 'es' });
    expect((await repliesOf(c.id))[1]).toContain('2 × Café especial');

    await say(from, 'Calle Falsa 123, Springfield');
    expect((await sessionOf(c.id)).state).toBe('awaiting_confirmation');
    expect((await repliesOf(c.id))[2]).toMatch(/¿Lo confirmo\?/);

    await say(from, 'sí');
    const replies = await repliesOf(c.id);
    expect(replies).toHaveLength(4);
    expect(replies[3]).toMatch(/confirmado/);
    expect(replies[3]).toMatch(/30,00/); // money as Spanish writes it, not "BRL 30.00"
    expect(await sessionOf(c.id)).toMatchObject({ state: 'done', draft_order_id: null });

    // The sender delivers every reply to the customer through the (fake) Graph API, each once.
    await sendDueMessages({
      ctx: { ...systemContext(null, 'test'), db: app.database.db },
      input: { settings: conversationSettings(app.config) },
    });
    expect(
      meta
        .sentTexts()
        .filter((t) => t.to === from)
        .map((t) => t.body)
        .sort(),
    ).toEqual([...replies].sort());

    const orders = await ordersOf(c.person_id);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      status: 'pending',
      lines: [expect.objectContaining({ variant_id: variantId, quantity: 2 })],
      delivery: expect.objectContaining({ method: 'delivery', address: 'Calle Falsa 123, Springfield' }),
    });

    const moves = await rowsIn<{ payload: { from: string; to: string } }>(
      app,
      s.ws.workspaceId,
      sql`select payload from events.outbox where type = 'agent.session.transitioned' and aggregate_id = ${c.id} order by id`,
    );
    expect(moves.map((m) => `${m.payload.from}>${m.payload.to}`)).toEqual([
      'idle>collecting_order',
      'collecting_order>needs_details',
      'needs_details>awaiting_confirmation',
      'awaiting_confirmation>executing',
      'executing>done',
    ]);
    const tools = await rowsIn<{ tool: string; error: unknown }>(
      app,
      s.ws.workspaceId,
      sql`select e.tool, e.error from agent.tool_executions e join agent.sessions x on x.id = e.session_id
          where x.conversation_id = ${c.id} order by e.created_at, e.call_index`,
    );
    expect(tools.map((t) => t.tool)).toEqual([
      'list_products',
      'create_order_draft',
      'list_products', // "123 Springfield" reads like "123 x springfield" first; no such product: an address
      'set_delivery_details',
      'request_confirmation',
      'confirm_order',
    ]);
    expect(tools.every((t) => t.error === null)).toBe(true);
  });

  it('answers in Portuguese and hands off on "atendente", then stays quiet', async () => {
    const from = '5511955550002';
    await say(from, 'Oi, quero falar com um atendente');
    const c = await conversationOf(from);
    expect(await repliesOf(c.id)).toEqual(['Vou chamar uma pessoa da loja. Ela responde em breve.']);
    expect((await s.call('GET', `/conversations/${c.id}`)).json().handoff_requested_at).not.toBeNull();
    expect((await sessionOf(c.id)).state).toBe('handoff');
    await say(from, '2 x café');
    expect(await repliesOf(c.id)).toHaveLength(1);
    expect(await ordersOf(c.person_id)).toHaveLength(0);
  });

  it('hands off after 3 messages it does not understand (en)', async () => {
    const from = '14155550003';
    await say(from, 'hello');
    const c = await conversationOf(from);
    for (const text of ['zxqv blorp', 'qwrt plm', 'xkcd vvv']) await say(from, text);
    const replies = await repliesOf(c.id);
    expect(replies.slice(1, 3)).toEqual([
      expect.stringContaining('did not understand'),
      expect.stringContaining('did not understand'),
    ]);
    expect(replies[3]).toContain('passing you to a person');
    expect((await sessionOf(c.id)).state).toBe('handoff');
  });

  it('a webhook delivered 3× is one message, one reply and one order', async () => {
    const from = '5491155550004';
    await say(from, 'hola');
    const c = await conversationOf(from);
    await Promise.all([1, 2, 3].map(() => say(from, '3 x café', 'wamid.same-message-3x')));
    await say(from, '3 x café', 'wamid.same-message-3x');
    const inbound = (await messagesOf(s, c.id)).filter((m) => m.direction === 'inbound');
    expect(inbound).toHaveLength(2);
    expect(await repliesOf(c.id)).toHaveLength(2);
    const orders = await ordersOf(c.person_id);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.lines[0]?.quantity).toBe(3);
  });

  it('the same inbound event handled 3× more is still one reply and one order', async () => {
    const from = '5491155550006';
    await say(from, '2 x café');
    const c = await conversationOf(from);
    const inbound = (await messagesOf(s, c.id)).find((m) => m.direction === 'inbound') as unknown as Message;
    const ctx = { ...systemContext(s.ws.workspaceId, 'test'), db: app.database.db };
    const input = { message: inbound, brain: new OfflineBrain(), config: app.config };
    await Promise.all([1, 2, 3].map(() => answerMessage({ ctx, input })));
    expect(await repliesOf(c.id)).toHaveLength(1);
    expect(await ordersOf(c.person_id)).toHaveLength(1);
  });

  it('a turn that fails is queued again and answered after AGENT_TURN_RETRY_SECONDS, once', async () => {
    const from = '5491155550009';
    // A brain that fails its first turn (as when the database goes away mid-turn), then answers.
    const offline = new OfflineBrain();
    let calls = 0;
    const flaky: AgentBrain = {
      kind: 'offline',
      respond: async (turn) => {
        calls++;
        if (calls === 1) throw new Error('connection lost mid-turn');
        return offline.respond(turn);
      },
    };
    await meta.deliver(meta.inbound({ from, payload: { body: 'Hola!' } }), app, path);
    await transportOf(app).drain();
    expect(await runTurns(app, flaky)).toBe(1); // claimed, failed, given back for later
    const c = await conversationOf(from);
    expect(await repliesOf(c.id)).toEqual([]);
    const [turn] = await rowsIn<{ status: string; claimed_at: Date }>(
      app,
      s.ws.workspaceId,
      sql`select t.status, t.claimed_at from agent.turns t join agent.sessions x on x.id = t.session_id where x.conversation_id = ${c.id}`,
    );
    expect(turn?.status).toBe('queued');
    expect(new Date(turn?.claimed_at ?? 0).getTime()).toBeGreaterThan(Date.now());
    expect(await runTurns(app, flaky)).toBe(0); // not before its retry time
    const later = new Date(Date.now() + (app.config.AGENT_TURN_RETRY_SECONDS + 1) * 1000);
    expect(await runTurns(app, flaky, later)).toBe(1);
    expect(calls).toBe(2);
    expect((await repliesOf(c.id))[0]).toContain('asistente');
  });

  it('refuses a tool its role lacks: the refusal is logged and no order is made', async () => {
    const put = await s.call('PUT', '/agent/settings', { permissions: ['products:read', 'conversations:write'] });
    expectStatus(put, 200);
    const from = '5491155550005';
    await say(from, '1 x café');
    const c = await conversationOf(from);
    expect(await ordersOf(c.person_id)).toHaveLength(0);
    const refused = await rowsIn<{ tool: string; error: { code: string } }>(
      app,
      s.ws.workspaceId,
      sql`select e.tool, e.error from agent.tool_executions e join agent.sessions x on x.id = e.session_id
          where x.conversation_id = ${c.id} and e.error is not null`,
    );
    expect(refused).toEqual([
      { tool: 'create_order_draft', error: expect.objectContaining({ code: 'agent_tool_forbidden' }) },
    ]);
    expect(await repliesOf(c.id)).toHaveLength(1);
    expectStatus(await s.call('PUT', '/agent/settings', { permissions: ['*'] }), 200);
  });

  it('lists its tools with their JSON Schemas', async () => {
    const res = await s.call('GET', '/agent/tools');
    expectStatus(res, 200);
    const tools = res.json().items as { name: string; input_schema: { type: string } }[];
    expect(tools.map((t) => t.name)).toContain('confirm_order');
    expect(tools.every((t) => t.input_schema.type === 'object')).toBe(true);
  });
});
