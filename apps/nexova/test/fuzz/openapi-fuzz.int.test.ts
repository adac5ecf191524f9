import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { API_KEY_PREFIX } from '@nexova/http';
import { ensureUser } from '@nexova/identity';
import { newId, systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createTestApp, type TestApp } from '../../src/testing';
import {
  encode,
  ifMatchValues,
  mutate,
  nastySegment,
  nastyString,
  nastyValue,
  pathsOf,
  plausible,
  poisonStrings,
  poisons,
  REMOVE,
  rawBodies,
  type Schema,
} from './malformed';
import { multipartCases, multipartOf } from './multipart-cases';

// Issue 9 "Done when": every operation of the committed openapi.json gets RUNS malformed requests
// (seeded, so a failure replays): wrong types, missing fields, huge strings, NUL bytes, lone
// surrogates, extreme numbers, bad ids in the path, bad query values and headers — as the workspace
// Owner (a platform admin on /system routes) so requests reach validation and handlers, and as
// nobody. No answer may be a 5xx; every 4xx is problem+json with request_id, status and code.

const RUNS = 24;
const SEED = 20_261_127;
type Operation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
const doc = JSON.parse(readFileSync(new URL('../../../../openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
// Operations that can end the Owner's session or workspace run last, so the rest stay authenticated.
const LAST = [
  /^post \/api\/v1\/auth\//,
  /^post \/api\/v1\/me\/password/,
  /^delete \/api\/v1\/workspaces\/\{workspace_id\}$/,
];
const operations = Object.entries(doc.paths)
  .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method, path, op })))
  .sort(
    (a, b) =>
      Number(LAST.some((r) => r.test(`${a.method} ${a.path}`))) -
      Number(LAST.some((r) => r.test(`${b.method} ${b.path}`))),
  );

let app: TestApp;
let ws: TestWorkspace;
let admin: Record<string, string>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp({ STRIPE_WEBHOOK_SECRET: 'whsec_fuzz_secret_0123456789', RECEIPT_MAX_BYTES: '65536' });
  ws = await signUpAndCreateWorkspace(app);
  const email = `fuzz-admin-${newId()}@example.com`;
  const ctx = { ...systemContext(), db: app.database.db };
  const { password } = await ensureUser({
    ctx,
    input: { email, firstName: 'F', lastName: 'A', isPlatformAdmin: true },
  });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  admin = { authorization: `Bearer ${(login.json() as { access_token: string }).access_token}` };
  // Real records, so a path parameter sometimes names something that exists and handlers run.
  const call = apiClient(app, ws.headers);
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(r.body);
    return r.json() as { id: string; variants?: { id: string }[] };
  };
  // The workspace runs a clinic too, so the clinic's routes reach validation and handlers.
  await ok(call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules: ['shop', 'clinic'] } }));
  const customer = await ok(call('POST', '/customers', { name: 'Fuzz', phone: '+5511987654321' }));
  const document = await ok(call('POST', `/people/${customer.id}/documents`, { type: 'cpf', number: '52998224725' }));
  const patient = await ok(call('POST', '/patients', { person_id: customer.id }));
  const sku = `FZ-${randomUUID().slice(0, 8)}`;
  const product = await ok(
    call('POST', '/products', { name: 'Fuzz', currency: 'BRL', variants: [{ sku, price: 1000 }] }),
  );
  const variantId = product.variants?.[0]?.id as string;
  await ok(call('POST', '/stock/adjust', { variant_id: variantId, delta: 50, reason: 'delivery' }));
  const order = await ok(call('POST', '/orders', { lines: [{ variant_id: variantId, quantity: 1 }] }));
  const payment = await ok(call('POST', `/orders/${order.id}/payments`, { amount: 100, method: 'cash' }));
  const reservation = await ok(call('POST', '/stock/reserve', { lines: [{ variant_id: variantId, quantity: 1 }] }));
  // The agenda answers clinic workspaces only: turn the module on so its handlers are reached.
  const clinic = await call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules: ['shop', 'clinic'] } });
  if (clinic.statusCode !== 200) throw new Error(clinic.body);
  const professional = await ok(call('POST', '/agenda/professionals', { name: 'Fuzz' }));
  const room = await ok(call('POST', '/agenda/resources', { name: 'Fuzz' }));
  const service = await ok(
    call('POST', '/agenda/services', {
      name: 'Fuzz',
      duration_minutes: 30,
      professional_ids: [professional.id],
      resource_ids: [room.id],
    }),
  );
  for (const owner of [professional.id, room.id])
    await ok(
      call('POST', '/agenda/availability-rules', {
        owner_kind: owner === room.id ? 'resource' : 'professional',
        owner_id: owner,
        weekday: 1,
        start: '00:00',
        end: '24:00',
      }),
    );
  const rule = await ok(
    call('POST', '/agenda/availability-rules', {
      owner_kind: 'professional',
      owner_id: professional.id,
      weekday: 2,
      start: '08:00',
      end: '12:00',
    }),
  );
  const exception = await ok(
    call('POST', '/agenda/availability-exceptions', {
      kind: 'closed',
      starts_at: '2030-12-25T00:00:00Z',
      ends_at: '2030-12-26T00:00:00Z',
    }),
  );
  const appointment = await ok(
    call('POST', '/agenda/appointments', {
      service_id: service.id,
      professional_id: professional.id,
      resource_id: room.id,
      starts_at: '2030-01-07T10:00:00Z',
    }),
  );
  Object.assign(ids, {
    workspace_id: ws.workspaceId,
    user_id: ws.userId,
    customerId: customer.id,
    'customers:id': customer.id,
    'customers:phone': '+5511987654321',
    'products:id': product.id,
    variantId,
    order_id: order.id,
    payment_id: payment.id,
    'stock:id': reservation.id,
    customer_id: customer.id,
    product_id: product.id,
    variant_id: variantId,
    reservation_id: reservation.id,
    person_id: customer.id,
    document_id: document.id,
    patient_id: patient.id,
    'people:type': 'cpf',
    'people:number': '52998224725',
    professional_id: professional.id,
    resource_id: room.id,
    service_id: service.id,
    rule_id: rule.id,
    exception_id: exception.id,
    appointment_id: appointment.id,
  });
}, 120_000);
afterAll(async () => {
  await app?.dispose();
});

type Who = 'member' | 'none' | 'garbage-token' | 'garbage-key';
const who = fc.constantFrom<Who>('member', 'member', 'member', 'member', 'none', 'garbage-token', 'garbage-key');
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constant('real') },
  { weight: 1, arbitrary: fc.constant('random') },
  { weight: 3, arbitrary: nastySegment },
  { weight: 2, arbitrary: nastyString.filter((s) => s.length < 400).map(encode) },
);
const body = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('mutate'),
      at: fc.nat(),
      value: fc.oneof(nastyValue, fc.constant(REMOVE)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('plausible') }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('poison'), poison: poisons }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw'), raw: rawBodies }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('json'), value: fc.jsonValue({ maxDepth: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('none') }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('type'),
      type: fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data',
        'application/json; charset=utf-16',
        'text/csv',
      ),
    }),
  },
);
const headerValue = fc.constantFrom(
  'not-a-uuid',
  '',
  ' ',
  '0195b2c4-6f1e-7b4a-9c7d-1f2e3a4b5c6d',
  'x'.repeat(300),
  '../..',
  'null',
);
const request = fc.record({
  who,
  segments: fc.array(segment, { minLength: 3, maxLength: 3 }),
  query: fc.array(
    fc.option(fc.oneof(fc.constant('plausible'), nastyString, fc.integer().map(String)), { nil: undefined }),
    { minLength: 12, maxLength: 12 },
  ),
  stray: fc.option(
    nastyString.filter((s) => s.length < 400),
    { nil: undefined },
  ),
  body,
  upload: fc.constantFrom(...multipartCases),
  ifMatch: fc.option(ifMatchValues, { nil: undefined }),
  idempotencyKey: fc.oneof(
    { weight: 8, arbitrary: fc.constant('fresh') },
    { weight: 1, arbitrary: fc.constant('missing') },
    { weight: 1, arbitrary: headerValue },
  ),
  workspace: fc.oneof({ weight: 8, arbitrary: fc.constant('real') }, { weight: 2, arbitrary: headerValue }),
  language: fc.constantFrom('es', 'pt-BR', 'en', 'xx;q=abc', '*'),
});
type Fuzzed = typeof request extends fc.Arbitrary<infer T> ? T : never;

function build(method: string, path: string, op: Operation, r: Fuzzed) {
  const resource = path.split('/')[3] ?? '';
  let n = 0;
  const url = path.replace(/\{(\*|\w+)\}/g, (_m, name: string) => {
    const choice = r.segments[n++ % 3] as string;
    if (choice === 'random') return randomUUID();
    if (choice !== 'real') return choice;
    return encodeURIComponent(ids[`${resource}:${name}`] ?? ids[name] ?? randomUUID());
  });
  const query = (op.parameters ?? [])
    .filter((p) => p.in === 'query')
    .flatMap((p, i) => {
      const v = r.query[i];
      if (v === undefined) return [];
      const value = v === 'plausible' ? String(plausible(p.schema)) : v;
      return [`${encodeURIComponent(p.name)}=${encode(value)}`];
    });
  if (r.stray !== undefined) query.push(`zz=${encode(r.stray)}`);
  const headers: Record<string, string> = { 'accept-language': r.language };
  const principal = path.startsWith('/api/v1/system/') ? admin : ws.headers;
  if (r.who === 'member') {
    Object.assign(headers, principal);
    if (r.workspace !== 'real' && headers['x-workspace-id']) headers['x-workspace-id'] = r.workspace;
  } else if (r.who === 'garbage-token') headers.authorization = 'Bearer eyJhbGciOiJub25lIn0.e30.';
  else if (r.who === 'garbage-key') headers.authorization = `Bearer ${API_KEY_PREFIX}${'z'.repeat(40)}`;
  if (r.idempotencyKey === 'fresh') headers['idempotency-key'] = randomUUID();
  else if (r.idempotencyKey !== 'missing') headers['idempotency-key'] = r.idempotencyKey;
  if (r.ifMatch !== undefined) headers[method === 'get' ? 'if-none-match' : 'if-match'] = r.ifMatch;
  let payload: string | Buffer | undefined;
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (path.endsWith('/attachments')) {
    const upload = multipartOf(r.upload);
    headers['content-type'] = upload.contentType;
    payload = upload.payload;
  } else if (method !== 'get' && r.body.kind !== 'none') {
    headers['content-type'] = 'application/json';
    const base = plausible(schema);
    if (r.body.kind === 'mutate') {
      const paths = pathsOf(base);
      const at = paths[r.body.at % paths.length] ?? [];
      const value = mutate(base, at, r.body.value);
      payload = value === undefined ? undefined : JSON.stringify(value);
    } else if (r.body.kind === 'plausible') payload = JSON.stringify(base);
    else if (r.body.kind === 'poison') payload = JSON.stringify(poisonStrings(base, schema, r.body.poison));
    else if (r.body.kind === 'raw') payload = r.body.raw;
    else if (r.body.kind === 'json') payload = JSON.stringify(r.body.value);
    else if (r.body.kind === 'type') {
      headers['content-type'] = r.body.type;
      payload = 'a,b\n\u0000,\ud800\n';
    }
  }
  return {
    method: method.toUpperCase() as 'GET',
    url: query.length ? `${url}?${query.join('&')}` : url,
    headers,
    payload,
  };
}

describe('OpenAPI fuzz: malformed input is never a 5xx', () => {
  it(`${RUNS} malformed requests per operation: no 5xx; every 4xx is problem+json with request_id, status and code`, async () => {
    expect(operations.length).toBeGreaterThanOrEqual(80);
    const failures: string[] = [];
    let sent = 0;
    for (const [index, { method, path, op }] of operations.entries()) {
      for (const r of fc.sample(request, { seed: SEED + index, numRuns: RUNS })) {
        const req = build(method, path, op, r);
        const res = await app.inject({ ...req, ...(req.payload === undefined ? {} : { payload: req.payload }) });
        sent++;
        const where = `${req.method} ${req.url.slice(0, 160)} (${path}, seed ${SEED + index})`;
        if (res.statusCode >= 500) failures.push(`${where} → ${res.statusCode} ${res.body.slice(0, 300)}`);
        else if (res.statusCode >= 400) {
          const type = String(res.headers['content-type'] ?? '');
          let problem: Record<string, unknown> = {};
          try {
            problem = res.json();
          } catch {}
          const good =
            type.startsWith('application/problem+json') &&
            typeof problem.request_id === 'string' &&
            problem.status === res.statusCode &&
            typeof problem.code === 'string';
          if (!good) failures.push(`${where} → ${res.statusCode} ${type} ${res.body.slice(0, 200)}`);
        }
      }
    }
    expect(sent).toBe(operations.length * RUNS);
    expect(failures).toEqual([]);
  }, 240_000);
});
