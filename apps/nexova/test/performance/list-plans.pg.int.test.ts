import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { conversationsModule } from '@nexova/conversations';
import { createEmbeddedTransport } from '@nexova/events';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { services } from '@nexova/testing';
import pg from 'pg';
// node-postgres's own conversion of a bound value to its text form (dates, arrays, buffers).
// @ts-expect-error pg ships no types for its lib/utils.js
import pgUtils from 'pg/lib/utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneIntoOtherWorkspaces } from './bulk-clone';
import { LISTS } from './list-plans-urls';
import { type Plan, seqScansOf, TENANT_SCHEMA_NAMES, TENANT_SCHEMAS, tenantScansOf } from './plan-walk';

// Every list, search and lookup query a list endpoint sends must be able to use an index: at 1,000
// workspaces a sequential scan of a tenant table reads every workspace's rows. The SQL of each
// request is captured as node-postgres sends it, then EXPLAINed as the application role in the
// caller's workspace with `enable_seqscan = off` — the planner then picks a sequential scan only
// when no index can serve the query, whatever the table's size. Every paginated GET of the OpenAPI
// document must appear in LISTS, so a new list endpoint is checked as soon as it exists.

type Captured = { text: string; values: unknown[] };
const capture = new AsyncLocalStorage<Captured[]>();
const originalQuery = pg.Client.prototype.query;
// The unpatched query called with plain text (its overloads would pick the callback form).
const plainQuery = originalQuery as unknown as (this: pg.Client, text: string) => Promise<pg.QueryResult>;
const prepareValue = (pgUtils as { prepareValue(value: unknown): unknown }).prepareValue;

let app: TestApp;
let ws: TestWorkspace;
let explainer: pg.Client;
const ids: Record<string, string> = {};

async function call<T>(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> {
  const res = await app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...ws.headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

/** Business tables get other workspaces' rows; identity's and tenancy's lists are one user's few rows. */
// (Not the clinical catalogs: their global rows have no workspace to clone them into.)
const CLONED_SCHEMAS = TENANT_SCHEMA_NAMES.filter(
  (name) => !['clinical_catalogs', 'tenancy', 'identity'].includes(name),
);
/** Platform lists over the event log (platform admins only): not tenant tables. */
const PLATFORM_LISTS = new Set(['/api/v1/system/events/dlq', '/api/v1/system/consumers']);

const fill = (url: string) => url.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? `missing-${name}`);

// EXPLAIN takes no bind parameters: the statement is prepared (PostgreSQL infers the parameter
// types) and EXPLAIN EXECUTE gets the captured values as literals, as node-postgres would send them.
async function explain(statement: Captured, n: number): Promise<Plan> {
  const literals = statement.values.map((value) => {
    const prepared = prepareValue(value) as string | null;
    return prepared === null ? 'NULL' : explainer.escapeLiteral(String(prepared));
  });
  const name = `plan_${n}`;
  await explainer.query('begin');
  try {
    await explainer.query('set local role nexova_app');
    await explainer.query("select set_config('app.workspace_id', $1, true)", [ws.workspaceId]);
    await explainer.query('set local enable_seqscan = off');
    await plainQuery.call(explainer, `prepare ${name} as ${statement.text}`);
    const args = literals.length > 0 ? `(${literals.join(', ')})` : '';
    const result = await plainQuery
      .call(explainer, `explain (format json, verbose) execute ${name}${args}`)
      .catch((error: Error) => {
        throw new Error(`${error.message}: ${statement.text} ${JSON.stringify(statement.values)}`);
      });
    return (result as { rows: { 'QUERY PLAN': Plan[] }[] }).rows[0]?.['QUERY PLAN'][0] as Plan;
  } finally {
    await explainer.query('rollback');
    await explainer.query(`deallocate ${name}`).catch(() => undefined);
  }
}

beforeAll(async () => {
  // Records what each request sends, by the request's async context (workers' queries stay out).
  pg.Client.prototype.query = function recorded(this: pg.Client, ...args: unknown[]) {
    const sink = capture.getStore();
    const first = args[0] as string | { text?: string; values?: unknown[] };
    if (sink) {
      const text = typeof first === 'string' ? first : first?.text;
      // drizzle sends query(config, values); other callers query(text, values) or query({ text, values }).
      const values = (Array.isArray(args[1]) ? args[1] : typeof first === 'string' ? [] : first?.values) as
        | unknown[]
        | undefined;
      if (text) sink.push({ text, values: Array.isArray(values) ? values : [] });
    }
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof originalQuery;
  app = await createTestApp();
  ws = await signUpAndCreateWorkspace(app);
  const url = new URL(services.postgresUrl as string);
  url.pathname = `/${app.database.name}`;
  explainer = new pg.Client({ connectionString: url.toString() });
  await explainer.connect();

  const category = await call<{ id: string }>('POST', '/categories', { name: 'Camisas' });
  const product = await call<{ id: string; variants: { id: string }[] }>('POST', '/products', {
    name: 'Camisa azul',
    currency: 'BRL',
    category_id: category.id,
    variants: [{ sku: `P-${randomUUID().slice(0, 8)}`, price: 1990 }],
  });
  const variantId = product.variants[0]?.id as string;
  await call('POST', '/stock/adjust', { variant_id: variantId, delta: 5, reason: 'delivery' });
  const customer = await call<{ id: string }>('POST', '/customers', { name: 'Beatriz', phone: '+5511987654321' });
  const order = await call<{ id: string }>('POST', '/orders', {
    customer_id: customer.id,
    lines: [{ variant_id: variantId, quantity: 1 }],
  });
  const endpoint = await call<{ id: string }>('POST', '/webhook-endpoints', {
    url: 'https://93.184.216.34/hooks/nexova',
    event_types: ['orders.order.*'],
  });
  // The agenda answers clinic workspaces only.
  await app.inject({
    method: 'PATCH',
    url: `/api/v1/workspaces/${ws.workspaceId}`,
    headers: ws.headers,
    payload: { settings: { modules: ['shop', 'clinic'] } },
  });
  const professional = await call<{ id: string }>('POST', '/agenda/professionals', { name: 'Dra. Ana' });
  const room = await call<{ id: string }>('POST', '/agenda/resources', { name: 'Sala 1' });
  const service = await call<{ id: string }>('POST', '/agenda/services', {
    name: 'Consulta',
    duration_minutes: 30,
    professional_ids: [professional.id],
    resource_ids: [room.id],
  });
  for (const [kind, id] of [
    ['professional', professional.id],
    ['resource', room.id],
  ])
    await call('POST', '/agenda/availability-rules', {
      owner_kind: kind,
      owner_id: id,
      weekday: 1,
      start: '08:00',
      end: '18:00',
    });
  await call('POST', '/agenda/availability-exceptions', {
    kind: 'closed',
    starts_at: '2030-12-25T00:00:00Z',
    ends_at: '2030-12-26T00:00:00Z',
  });
  await call('POST', '/agenda/appointments', {
    service_id: service.id,
    professional_id: professional.id,
    resource_id: room.id,
    starts_at: '2030-01-07T10:00:00Z',
  });
  await call('POST', `/people/${customer.id}/documents`, { type: 'cpf', number: '529.982.247-25' });
  const patient = await call<{ id: string }>('POST', '/patients', { person_id: customer.id });
  await call('POST', `/patients/${patient.id}/notes`, { body: 'Primeira consulta.' });
  await call('POST', '/clinical-catalogs/entries', { catalog: 'procedure', name: 'Consulta de retorno' });
  await call('POST', '/agenda/queue', { name: 'Walk-in', professional_id: professional.id });
  const invoice = await call<{ id: string }>('POST', '/invoices', {
    patient_id: patient.id,
    lines: [{ description: 'Consulta', unit_price: 20000 }],
  });
  await call('POST', `/invoices/${invoice.id}/issue`);
  await call('POST', `/invoices/${invoice.id}/payments`, { amount: 5000, method: 'pix', reference: 'E2E-1' });
  // A WhatsApp conversation: a Meta channel, a signed webhook, the inbound consumer drained.
  const channel = await call<{ id: string }>('POST', '/channels', {
    kind: 'meta',
    name: 'WhatsApp',
    settings: { phone_number_id: '106540352242922' },
    credentials: { access_token: 'token', app_secret: 'secret', verify_token: 'verify' },
  });
  const hook = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        changes: [
          {
            field: 'messages',
            value: {
              messages: [
                {
                  from: '5511987654321',
                  id: 'wamid.P1',
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: 'oi' },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  await app.inject({
    method: 'POST',
    url: `/api/v1/webhooks/meta/${channel.id}`,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': `sha256=${createHmac('sha256', 'secret').update(hook).digest('hex')}`,
    },
    payload: hook,
  });
  await createEmbeddedTransport({ database: app.database, consumers: conversationsModule.consumers ?? [] }).drain();
  const conversation = (await call<{ items: { id: string }[] }>('GET', '/conversations')).items[0];
  await call('POST', `/conversations/${conversation?.id}/messages`, { text: 'Olá!' });
  Object.assign(ids, {
    channel_id: channel.id,
    conversation_id: conversation?.id ?? 'missing',
    user_id: ws.userId,
    workspace_id: ws.workspaceId,
    invoice_id: invoice.id,
    person_id: customer.id,
    patient_id: patient.id,
    professional_id: professional.id,
    service_id: service.id,
    category_id: category.id,
    variant_id: variantId,
    customer_id: customer.id,
    order_id: order.id,
    endpoint_id: endpoint.id,
  });
  // Many other workspaces' rows beside ours (then fresh statistics, as autovacuum keeps them).
  const filled = await cloneIntoOtherWorkspaces(explainer, CLONED_SCHEMAS, 300);
  expect(filled['catalog.variants']).toBeGreaterThan(0);
});

afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await explainer?.end();
  await app?.dispose();
});

describe('list queries use indexes (PostgreSQL plans with enable_seqscan = off)', () => {
  it('covers every paginated GET of the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, { get?: { responses?: Record<string, unknown> } }>;
    };
    const paginated = Object.entries(doc.paths)
      .filter(([, item]) => /next_cursor/.test(JSON.stringify(item.get?.responses?.['200'] ?? {})))
      .map(([path]) => path)
      .filter((path) => !PLATFORM_LISTS.has(path));
    expect(paginated.filter((path) => !(path in LISTS))).toEqual([]);
  });

  it('no list, search or filter reads a tenant table sequentially', async () => {
    const offenders: string[] = [];
    let explained = 0;
    let scans = 0;
    for (const urls of Object.values(LISTS)) {
      for (const url of urls.map(fill)) {
        const sink: Captured[] = [];
        await capture.run(sink, () => call('GET', url));
        for (const statement of sink) {
          if (!/^\s*(select|with)\b/i.test(statement.text) || !TENANT_SCHEMAS.test(statement.text)) continue;
          explained += 1;
          const plan = await explain(statement, explained);
          scans += tenantScansOf(plan);
          for (const scan of seqScansOf(plan)) offenders.push(`GET ${url}: ${scan}`);
        }
      }
    }
    expect(explained).toBeGreaterThan(Object.keys(LISTS).length);
    expect(scans).toBeGreaterThanOrEqual(explained);
    expect(offenders).toEqual([]);
  });
});
