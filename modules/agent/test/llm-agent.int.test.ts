import type { TestApp } from '@nexova/app';
import { createTestApp } from '@nexova/app';
import type { Message } from '@nexova/conversations';
import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { createFakeAnthropic, createFakeOpenAi, type FakeAnthropic, type FakeOpenAi, until } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AgentBrain, answerMessage } from '../src/index';
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

// The language-model agent end to end, against local fakes speaking Anthropic's and OpenAI's real
// APIs through the vendors' SDKs: a simulated customer writes → the inbound consumer queues a turn →
// the turns worker runs the model and its tool calls (outside any transaction) → a reply is queued.

let app: TestApp;
let anthropic: FakeAnthropic;
let openai: FakeOpenAi;
let s: Shop;
let channel: string;
let variantId: string;

beforeAll(async () => {
  [anthropic, openai] = await Promise.all([createFakeAnthropic(), createFakeOpenAi()]);
  app = await createTestApp({
    ...anthropic.env,
    ...openai.env,
    LLM_PROVIDER: 'anthropic',
    LLM_FALLBACK_PROVIDER: 'openai',
    LLM_MODEL: 'claude-fake-1',
    LLM_MAX_RETRIES: '0',
    AGENT_MAX_FAILED_TURNS: '2',
  });
  s = await shop(app);
  const res = await s.call('POST', '/channels', { kind: 'simulator', name: 'Simulator' });
  expectStatus(res, 201);
  channel = res.json().id;
  variantId = await stockedProduct(s, 'Café especial', 1500);
}, 120_000);
afterAll(async () => {
  await app?.dispose();
  await Promise.all([anthropic?.close(), openai?.close()]);
});

type Body = Record<string, unknown>;
type Block = { type: string; content?: string; text?: string };
type AnthropicMessage = { role: string; content: string | Block[] };

/** The tool results of the request's last turn (Anthropic: a user turn of tool_result blocks), parsed. */
const toolResults = (body: Body): unknown[] => {
  const last = (body.messages as AnthropicMessage[]).at(-1);
  if (!last || typeof last.content === 'string') return [];
  return last.content.filter((b) => b.type === 'tool_result').map((b) => JSON.parse(b.content ?? 'null'));
};
const lastText = (body: Body) => {
  const last = (body.messages as AnthropicMessage[]).at(-1);
  return typeof last?.content === 'string' ? last.content : '';
};
const draftOf = (body: Body) => /([0-9a-f-]{36})/.exec(String(body.system))?.[1] ?? '';

/** The customer at `phone` writes `text` in the simulator; consumers and the turns worker run. */
async function say(phone: string, text: string): Promise<string> {
  const res = await s.call('POST', `/channels/${channel}/simulator/messages`, { phone, text });
  expectStatus(res, 202);
  await settle(app);
  const list = await s.call('GET', '/conversations');
  const found = (list.json().items as { id: string; contact_address: string }[]).find(
    (c) => c.contact_address === phone,
  );
  return found?.id ?? '';
}

const repliesOf = async (conversationId: string) =>
  (await messagesOf(s, conversationId)).filter((m) => m.direction === 'outbound').map((m) => m.text ?? '');
const conversation = async (id: string) => (await s.call('GET', `/conversations/${id}`)).json();
const sessionOf = async (id: string) => (await s.call('GET', `/conversations/${id}/agent-session`)).json();
const ordersOf = async (personId: string) =>
  (await s.call('GET', `/orders?customer_id=${personId}`)).json().items as { id: string; status: string }[];

describe('the language-model agent', () => {
  it('asks list_products, reads the result, answers with text; tools go natively, usage is counted', async () => {
    anthropic.script((body) =>
      toolResults(body).length
        ? { text: 'Tenemos Café especial a R$ 15,00. ¿Cuántos quieres?' }
        : { toolCalls: [{ name: 'list_products', input: { search: 'café' } }] },
    );
    const before = anthropic.requests.length;
    const id = await say('+5511900000001', '¿Qué cafés tienen?');
    expect(await repliesOf(id)).toEqual(['Tenemos Café especial a R$ 15,00. ¿Cuántos quieres?']);

    const sent = anthropic.requests.slice(before).map((r) => r.body);
    expect(sent).toHaveLength(2);
    const tools = sent[0]?.tools as { name: string; input_schema: { type: string } }[];
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['list_products', 'confirm_order']));
    expect(tools.every((t) => t.input_schema.type === 'object')).toBe(true);
    const workspace = (await s.call('GET', `/workspaces/${s.ws.workspaceId}`)).json() as { name: string };
    expect(String(sent[0]?.system)).toContain(`"${workspace.name}"`);
    expect(String(sent[0]?.system)).toMatch(/Nunca inventes/);
    const [result] = toolResults(sent[1] ?? {}) as { products: { name: string }[] }[];
    expect(result?.products[0]?.name).toBe('Café especial');

    const usage = await s.call('GET', '/agent/usage');
    expectStatus(usage, 200);
    expect(usage.json()).toMatchObject({
      month: new Date().toISOString().slice(0, 7),
      monthly_token_budget: null,
      over_budget: false,
      by_model: [{ provider: 'anthropic', model: 'claude-fake-1', calls: 2 }],
    });
    expect(usage.json().total_tokens).toBeGreaterThan(0);
    const turns = await rowsIn<{ status: string; brain: string; input_tokens: number }>(
      app,
      s.ws.workspaceId,
      sql`select t.status, t.brain, t.input_tokens from agent.turns t join agent.sessions x on x.id = t.session_id
          where x.conversation_id = ${id}`,
    );
    expect(turns).toEqual([{ status: 'done', brain: 'llm', input_tokens: expect.any(Number) }]);
  });

  it('builds a draft, asks to confirm, confirms on "sí": one order, the session walks its states', async () => {
    anthropic.script((body) => {
      const results = toolResults(body) as { order_id?: string }[];
      const order = results[0]?.order_id;
      if (lastText(body) === 'sí')
        return { toolCalls: [{ name: 'confirm_order', input: { order_id: draftOf(body) } }] };
      if (!results.length)
        return {
          toolCalls: [{ name: 'create_order_draft', input: { items: [{ variant_id: variantId, quantity: 2 }] } }],
        };
      const last = (body.messages as AnthropicMessage[]).at(-2)?.content as { name?: string }[];
      const called = last.find((b) => b.name)?.name;
      if (called === 'create_order_draft')
        return {
          toolCalls: [
            { name: 'set_delivery_details', input: { order_id: order, delivery: { method: 'pickup' } } },
            { name: 'request_confirmation', input: { order_id: order } },
          ],
        };
      if (called === 'confirm_order') return { text: '¡Listo! Pedido confirmado.' };
      return { text: '2 × Café especial, retiro en la tienda. ¿Lo confirmo?' };
    });
    const phone = '+5511900000002';
    const id = await say(phone, 'quiero 2 cafés para retirar');
    expect(await sessionOf(id)).toMatchObject({ state: 'awaiting_confirmation', draft_order_id: expect.any(String) });
    await say(phone, 'sí');
    expect(await repliesOf(id)).toEqual([
      '2 × Café especial, retiro en la tienda. ¿Lo confirmo?',
      '¡Listo! Pedido confirmado.',
    ]);
    expect(await sessionOf(id)).toMatchObject({ state: 'done', draft_order_id: null });
    const orders = await ordersOf((await conversation(id)).person_id);
    expect(orders).toHaveLength(1);
    const moves = await rowsIn<{ payload: { from: string; to: string } }>(
      app,
      s.ws.workspaceId,
      sql`select payload from events.outbox where type = 'agent.session.transitioned' and aggregate_id = ${id} order by id`,
    );
    expect(moves.map((m) => `${m.payload.from}>${m.payload.to}`)).toEqual([
      'idle>collecting_order',
      'collecting_order>needs_details',
      'needs_details>awaiting_confirmation',
      'awaiting_confirmation>executing',
      'executing>done',
    ]);
  });

  it('the same inbound message answered twice more (at once) is one model turn, one reply, one order', async () => {
    anthropic.script((body) =>
      toolResults(body).length
        ? { text: 'Anotado.' }
        : { toolCalls: [{ name: 'create_order_draft', input: { items: [{ variant_id: variantId, quantity: 1 }] } }] },
    );
    const id = await say('+5511900000003', 'uno');
    const inbound = (await messagesOf(s, id)).find((m) => m.direction === 'inbound') as unknown as Message;
    const hits = anthropic.hits();
    const ctx = { ...systemContext(s.ws.workspaceId, 'test'), db: app.database.db };
    const runtime = app.composition.runtimes.agent;
    const input = { message: inbound, brain: runtime.brain, config: runtime.config };
    await Promise.all([1, 2].map(() => answerMessage({ ctx, input })));
    expect(anthropic.hits()).toBe(hits);
    expect(await repliesOf(id)).toEqual(['Anotado.']);
    expect(await ordersOf((await conversation(id)).person_id)).toHaveLength(1);
  });

  it('a turn whose worker died mid-way is taken over once stale; its tools answer their stored results', async () => {
    const phone = '+5511900000008';
    expectStatus(
      await s.call('POST', `/channels/${channel}/simulator/messages`, { phone, text: 'uno, por favor' }),
      202,
    );
    await transportOf(app).drain();
    // A worker that ran the first tool and died before closing the turn.
    const dying: AgentBrain = {
      kind: 'llm',
      async respond(turn) {
        await turn.callTool('create_order_draft', { items: [{ variant_id: variantId, quantity: 1 }] });
        throw new Error('worker died');
      },
    };
    expect(await runTurns(app, dying)).toBe(1);
    expect(await runTurns(app)).toBe(0); // still thinking, not stale yet: nobody takes it
    anthropic.script((body) =>
      toolResults(body).length
        ? { text: 'Anotado: 1 × Café especial.' }
        : { toolCalls: [{ name: 'create_order_draft', input: { items: [{ variant_id: variantId, quantity: 1 }] } }] },
    );
    const later = new Date(Date.now() + (app.config.AGENT_TURN_STALE_SECONDS + 1) * 1000);
    expect(await runTurns(app, undefined, later)).toBe(1);
    await settle(app);
    const list = (await s.call('GET', '/conversations')).json().items as { id: string; contact_address: string }[];
    const id = list.find((c) => c.contact_address === phone)?.id ?? '';
    expect(await repliesOf(id)).toEqual(['Anotado: 1 × Café especial.']);
    expect(await ordersOf((await conversation(id)).person_id)).toHaveLength(1);
  });

  it('falls back to the OpenAI-compatible provider when Anthropic answers 500', async () => {
    anthropic.failNext(1, 500);
    openai.script(() => ({ text: 'Respuesta desde el segundo proveedor.' }));
    const id = await say('+5511900000004', 'hola');
    expect(await repliesOf(id)).toEqual(['Respuesta desde el segundo proveedor.']);
    const items = (await s.call('GET', '/agent/usage')).json().by_model as { provider: string; calls: number }[];
    expect(items.find((i) => i.provider === 'openai')).toMatchObject({ calls: 1 });
  });

  it('both providers down: an apology and a failed turn; at AGENT_MAX_FAILED_TURNS the conversation goes to a person', async () => {
    anthropic.failNext(10, 500);
    openai.failNext(10, 500);
    const phone = '+5511900000005';
    const id = await say(phone, 'hola');
    expect(await repliesOf(id)).toEqual([expect.stringContaining('Perdón, tuve un problema')]);
    expect(await sessionOf(id)).toMatchObject({ failed_turns: 1, state: 'idle' });
    await say(phone, '¿hola?');
    expect((await repliesOf(id))[1]).toBe('Te comunico con una persona de la tienda. Te responderá en breve.');
    expect(await sessionOf(id)).toMatchObject({ state: 'handoff', failed_turns: 0 });
    expect((await conversation(id)).handoff_requested_at).not.toBeNull();
    anthropic.failNext(0);
    openai.failNext(0);
  });

  it('over the monthly token budget the offline agent answers and no model is called', async () => {
    expectStatus(await s.call('PUT', '/agent/settings', { permissions: ['*'], monthly_token_budget: 1 }), 200);
    const calls = anthropic.hits() + openai.hits();
    const id = await say('+5511900000006', 'Hola!');
    expect(await repliesOf(id)).toEqual([expect.stringContaining('asistente')]);
    expect(anthropic.hits() + openai.hits()).toBe(calls);
    const usage = (await s.call('GET', '/agent/usage')).json();
    expect(usage).toMatchObject({ monthly_token_budget: 1, over_budget: true });
    expect((await s.call('GET', `/agent/usage?month=${usage.month}`)).json()).toEqual(usage);
    expect((await s.call('GET', '/agent/usage?month=2020-01')).json()).toMatchObject({ total_tokens: 0, by_model: [] });
    const bad = await s.call('GET', '/agent/usage?month=2026-13');
    expectStatus(bad, 400);
    expect(bad.body).toContain('month');
    expectStatus(await s.call('PUT', '/agent/settings', { permissions: ['*'], monthly_token_budget: null }), 200);
  });

  it('no transaction spans the model call: the session row can be locked while the model thinks', async () => {
    let release: (value: { text: string }) => void = () => undefined;
    const held = new Promise<{ text: string }>((resolve) => {
      release = resolve;
    });
    anthropic.script(() => held);
    const phone = '+5511900000007';
    const hits = anthropic.hits();
    expectStatus(await s.call('POST', `/channels/${channel}/simulator/messages`, { phone, text: 'hola' }), 202);
    await transportOf(app).drain();
    const answering = runTurns(app);
    await until(
      async () => anthropic.hits(),
      (n) => n > hits,
      'the model request',
    );
    // While the fake model holds the request open, another transaction locks the session at once.
    const ctx: AppContext = { ...systemContext(s.ws.workspaceId, 'test'), db: app.database.db };
    const locked = await withTransaction(ctx, (t) =>
      queryRows<{ state: string }>(
        t.tx,
        sql`select s.state from agent.sessions s where s.workspace_id = ${s.ws.workspaceId}
            and s.conversation_id = (select id from conversations.conversations where contact_address = ${phone})
            for update nowait`,
      ),
    );
    expect(locked).toEqual([{ state: 'idle' }]);
    release({ text: 'Hola, ¿en qué te ayudo?' });
    expect(await answering).toBe(1);
    await settle(app);
    const list = (await s.call('GET', '/conversations')).json().items as { id: string; contact_address: string }[];
    const id = list.find((c) => c.contact_address === phone)?.id ?? '';
    expect(await repliesOf(id)).toEqual(['Hola, ¿en qué te ayudo?']);
  });
});
