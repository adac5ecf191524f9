import { randomUUID } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createTestApp, type TestApp } from '@nexova/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MCP_PATH, staffTools, toolDescriptors } from '../src/index';
import { expectStatus, type Shop, shop, stockedProduct } from './helpers';

// The agent's tools over MCP (streamable HTTP at /mcp) through the SDK's own client against a live
// server: an API key authenticates, its permissions gate each tool, the staff variant names the
// customer, an idempotency_key makes a retried call answer the first result, and workspace B's ids
// are not found with workspace A's key.

let app: TestApp;
let base: string;
let a: Shop;
let b: Shop;
let variantId: string;
let customerA: string;
let customerB: string;
const clients: Client[] = [];

async function apiKey(s: Shop, permissions: string[]): Promise<string> {
  return (await apiKeyWithId(s, permissions)).key;
}

async function apiKeyWithId(s: Shop, permissions: string[]): Promise<{ key: string; id: string }> {
  const res = await s.call('POST', '/api-keys', { name: `mcp ${randomUUID().slice(0, 8)}`, permissions });
  expectStatus(res, 201);
  return { key: res.json().key as string, id: res.json().id as string };
}

async function customer(s: Shop, name: string): Promise<string> {
  const res = await s.call('POST', '/customers', { name });
  expectStatus(res, 201);
  return res.json().id as string;
}

async function connect(key: string): Promise<Client> {
  const client = new Client({ name: 'nexova-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(MCP_PATH, base), {
    requestInit: { headers: { authorization: `Bearer ${key}` } },
  });
  await client.connect(transport);
  clients.push(client);
  return client;
}

type Result = { isError?: boolean; structuredContent?: Record<string, unknown>; content: unknown };
const call = async (client: Client, name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as Result;
const ok = (r: Result) => {
  expect(r.isError, JSON.stringify(r.content)).toBeFalsy();
  return r.structuredContent as Record<string, unknown>;
};
const errorOf = (r: Result) => {
  expect(r.isError).toBe(true);
  return (r.structuredContent as { error: { code: string; message: string } }).error;
};

beforeAll(async () => {
  app = await createTestApp();
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  a = await shop(app);
  b = await shop(app);
  variantId = await stockedProduct(a, 'Café especial', 1500);
  customerA = await customer(a, 'Ana Souza');
  customerB = await customer(b, 'Bruno Lima');
}, 120_000);
afterAll(async () => {
  for (const c of clients) await c.close();
  await app?.dispose();
});

describe('the agent tools as an MCP server', () => {
  it('lists the staff variant of every agent tool: its JSON Schema plus customer_id and idempotency_key', async () => {
    const client = await connect(await apiKey(a, ['*']));
    expect(client.getServerVersion()?.name).toBe('nexova');
    const { tools } = await client.listTools();
    // Tools that act in a conversation (the handoff, sending the catalog list) are not offered over MCP.
    const offered = toolDescriptors().filter((d) => !['request_human_handoff', 'send_catalog'].includes(d.name));
    expect(tools.map((t) => t.name)).toEqual(offered.map((d) => d.name));
    for (const d of offered) {
      const tool = tools.find((t) => t.name === d.name);
      const staff = staffTools().find((t) => t.tool.name === d.name);
      const props = tool?.inputSchema.properties as Record<string, unknown>;
      for (const [name, schema] of Object.entries(d.input_schema.properties as object)) {
        expect(props[name]).toEqual(schema);
      }
      expect('customer_id' in props).toBe(staff?.needsCustomer);
      expect('idempotency_key' in props).toBe(!d.permission.endsWith(':read'));
      if (staff?.needsCustomer) expect(tool?.inputSchema.required).toContain('customer_id');
    }
    expect(tools.find((t) => t.name === 'create_order_draft')?.inputSchema.required).toEqual(['customer_id', 'items']);
  });

  it('sells for a customer: list_products, create_order_draft, add_item_to_draft, confirm_order → a real order', async () => {
    const staffKey = await apiKeyWithId(a, ['*']);
    const client = await connect(staffKey.key);
    const listed = ok(await call(client, 'list_products', { search: 'café' })) as {
      products: { variants: { variant_id: string }[] }[];
    };
    expect(listed.products[0]?.variants[0]?.variant_id).toBe(variantId);

    const context = ok(await call(client, 'get_customer_context', { customer_id: customerA }));
    expect(context).toMatchObject({ customer_id: customerA, name: 'Ana Souza' });

    const draft = ok(
      await call(client, 'create_order_draft', {
        customer_id: customerA,
        items: [{ variant_id: variantId, quantity: 1 }],
      }),
    );
    const orderId = draft.order_id as string;
    ok(await call(client, 'add_item_to_draft', { order_id: orderId, variant_id: variantId, quantity: 2 }));
    ok(await call(client, 'set_delivery_details', { order_id: orderId, delivery: { method: 'pickup' } }));
    const confirmed = ok(await call(client, 'confirm_order', { order_id: orderId }));
    expect(confirmed).toMatchObject({ order_id: orderId, total: 4500 });

    const res = await a.call('GET', `/orders/${orderId}`);
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({
      customer_id: customerA,
      status: 'pending',
      lines: [expect.objectContaining({ variant_id: variantId, quantity: 3 })],
    });
    // Authored by the caller's key, not the agent.
    const history = res.json().status_history as { action: string; actor: { type: string; id: string } }[];
    expect(history.map((h) => h.action)).toContain('submit');
    for (const h of history) expect(h.actor).toEqual({ type: 'api_key', id: staffKey.id });
  });

  it('answers the first result to a retried call with the same idempotency_key: one order', async () => {
    const key = await apiKey(a, ['*']);
    const client = await connect(key);
    const other = await customer(a, 'Carla Dias');
    const args = { customer_id: other, items: [{ variant_id: variantId, quantity: 1 }], idempotency_key: randomUUID() };
    const first = ok(await call(client, 'create_order_draft', args));
    const again = ok(await call(client, 'create_order_draft', args));
    expect(again).toEqual(first);
    const orders = await a.call('GET', `/orders?customer_id=${other}`);
    expect(orders.json().items).toHaveLength(1);

    // Retried at the same time (real concurrency): still one order; a racer answers in_use or the first result.
    const raced = { ...args, idempotency_key: randomUUID() };
    const second = await connect(key); // the same key on another connection
    const results = await Promise.all([
      call(client, 'create_order_draft', raced),
      call(client, 'create_order_draft', raced),
      call(second, 'create_order_draft', raced),
    ]);
    const answered = results.filter((r) => !r.isError).map((r) => r.structuredContent?.order_id);
    expect(new Set(answered).size).toBe(1);
    for (const r of results.filter((r) => r.isError)) expect(errorOf(r).code).toBe('idempotency_key_in_use');
    expect((await a.call('GET', `/orders?customer_id=${other}`)).json().items).toHaveLength(2);

    const changed = await call(client, 'create_order_draft', {
      ...args,
      items: [{ variant_id: variantId, quantity: 2 }],
    });
    expect(errorOf(changed).code).toBe('idempotency_key_reused');
  });

  it('refuses a tool whose permission the key lacks, and bad input, as tool errors naming what is wrong', async () => {
    const client = await connect(await apiKey(a, ['agent:read', 'products:read']));
    ok(await call(client, 'list_products', {}));
    const refused = errorOf(
      await call(client, 'create_order_draft', {
        customer_id: customerA,
        items: [{ variant_id: variantId, quantity: 1 }],
      }),
    );
    expect(refused).toMatchObject({ code: 'agent_tool_forbidden' });
    expect(refused.message).toContain('orders:write');

    const admin = await connect(await apiKey(a, ['*']));
    const bad = errorOf(await call(admin, 'create_order_draft', { customer_id: customerA, items: [] }));
    expect(bad.code).toBe('validation_failed');
    expect(bad.message).toContain('items');
    expect(
      errorOf(await call(admin, 'create_order_draft', { items: [{ variant_id: variantId, quantity: 1 }] })),
    ).toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('customer_id'),
    });
    expect(errorOf(await call(admin, 'request_human_handoff', {})).code).toBe('agent_tool_unknown');
  });

  it('answers 401 problem+json without a key or with a bad one, before any MCP', async () => {
    const init = { jsonrpc: '2.0', id: 1, method: 'initialize', params: {} };
    for (const headers of [{}, { authorization: 'Bearer nxk_not_a_key' }] as Record<string, string>[]) {
      const res = await fetch(new URL(MCP_PATH, base), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
        body: JSON.stringify(init),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    await expect(connect('nxk_not_a_key')).rejects.toThrow(/401|Unauthorized/i);
  });

  it('answers one JSON-RPC POST with JSON and the platform headers (request id), and GET with 405', async () => {
    const key = await apiKey(a, ['agent:read']);
    const res = await fetch(new URL(MCP_PATH, base), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/list', params: {} }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('mcp-session-id')).toBeNull(); // stateless
    expect(((await res.json()) as { id: number; result: { tools: unknown[] } }).result.tools.length).toBeGreaterThan(0);

    const get = await fetch(new URL(MCP_PATH, base), { headers: { authorization: `Bearer ${key}` } });
    expect(get.status).toBe(405);
  });

  it("never reaches workspace B's customers or orders with workspace A's key", async () => {
    const client = await connect(await apiKey(a, ['*']));
    const foreign = errorOf(await call(client, 'get_customer_context', { customer_id: customerB }));
    expect(foreign.code).toMatch(/not_found/);
    const draft = await call(client, 'create_order_draft', {
      customer_id: customerB,
      items: [{ variant_id: variantId, quantity: 1 }],
    });
    expect(errorOf(draft).code).toMatch(/not_found|unknown/); // as POST /orders answers
    expect((await b.call('GET', `/orders?customer_id=${customerB}`)).json().items).toHaveLength(0);

    const bVariant = await stockedProduct(b, 'Chá verde', 900);
    const bClient = await connect(await apiKey(b, ['*']));
    const bOrder = ok(
      await call(bClient, 'create_order_draft', {
        customer_id: customerB,
        items: [{ variant_id: bVariant, quantity: 1 }],
      }),
    );
    expect(errorOf(await call(client, 'request_confirmation', { order_id: bOrder.order_id })).code).toMatch(
      /not_found/,
    );
    expect(errorOf(await call(client, 'confirm_order', { order_id: bOrder.order_id })).code).toMatch(/not_found/);
  });
});
