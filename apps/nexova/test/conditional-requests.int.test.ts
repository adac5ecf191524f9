import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// ETag / If-None-Match / If-Match on every versioned resource of every module, through the real
// app: the same contract everywhere because it comes from one route opt-in (`versioned`).

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
let app: TestApp;
let ws: TestWorkspace;

const call = (method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...ws.headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function ok<T = { id: string; version: number }>(method: Method, url: string, payload?: unknown): Promise<T> {
  const res = await call(method, url, payload);
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

async function product() {
  const sku = randomUUID().slice(0, 8);
  return ok<{ id: string; variants: { id: string }[] }>('POST', '/products', {
    name: `P ${sku}`,
    currency: 'BRL',
    variants: [{ sku, price: 1000 }],
  });
}
async function order() {
  const p = await product();
  return ok('POST', '/orders', { lines: [{ variant_id: p.variants[0]?.id, quantity: 1 }] });
}

/** A resource: where it lives and a write (PATCH or POST action) that changes it. */
type Kind = {
  create(): Promise<{
    url: string;
    write: { method: Method; url: string; payload?: unknown };
    /** Another caller's headers (a resource outside the suite's workspace). */
    headers?: Record<string, string>;
  }>;
  /** Whether the write also accepts the older body field `expected_version`. */
  bodyVersion?: boolean;
};

const kinds: Record<string, Kind> = {
  workspace: {
    create: async () => {
      const other = await signUpAndCreateWorkspace(app);
      const url = `/workspaces/${other.workspaceId}`;
      return { url, write: { method: 'PATCH', url, payload: { name: 'Renamed' } }, headers: other.headers };
    },
  },
  product: {
    bodyVersion: true,
    create: async () => {
      const { id } = await product();
      return { url: `/products/${id}`, write: { method: 'PATCH', url: `/products/${id}`, payload: { name: 'New' } } };
    },
  },
  customer: {
    bodyVersion: true,
    create: async () => {
      const { id } = await ok('POST', '/customers', { name: 'Ana' });
      return { url: `/customers/${id}`, write: { method: 'PATCH', url: `/customers/${id}`, payload: { name: 'Bia' } } };
    },
  },
  order: {
    bodyVersion: true,
    create: async () => {
      const { id } = await order();
      return { url: `/orders/${id}`, write: { method: 'PATCH', url: `/orders/${id}`, payload: { notes: 'x' } } };
    },
  },
  'order (cancel action)': {
    bodyVersion: true,
    create: async () => {
      const { id } = await order();
      return { url: `/orders/${id}`, write: { method: 'POST', url: `/orders/${id}/cancel`, payload: {} } };
    },
  },
  'stock level': {
    create: async () => {
      const variant = (await product()).variants[0]?.id as string;
      const payload = { low_stock_threshold: 4 };
      return { url: `/stock/${variant}`, write: { method: 'PATCH', url: `/stock/${variant}`, payload } };
    },
  },
  payment: {
    create: async () => {
      const { id: orderId } = await order();
      const { id } = await ok('POST', `/orders/${orderId}/payments`, { amount: 500, method: 'cash' });
      return { url: `/payments/${id}`, write: { method: 'POST', url: `/payments/${id}/void`, payload: {} } };
    },
  },
};

beforeAll(async () => {
  app = await createTestApp();
  ws = await signUpAndCreateWorkspace(app);
});
afterAll(async () => {
  await app?.dispose();
});

describe.each(Object.entries(kinds))('%s', (_name, kind) => {
  it('GET sends a strong ETag and answers a matching If-None-Match with 304', async () => {
    const { url, headers = {} } = await kind.create();
    const first = await call('GET', url, undefined, headers);
    expect(first.statusCode).toBe(200);
    const etag = `"${first.json().version}"`;
    expect(first.headers.etag).toBe(etag);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    for (const tag of [etag, `W/${etag}`, `"999", ${etag}`, '*']) {
      const same = await call('GET', url, undefined, { ...headers, 'if-none-match': tag });
      expect(same.statusCode, tag).toBe(304);
      expect(same.body).toBe('');
      expect(same.headers.etag).toBe(etag);
    }
    const other = await call('GET', url, undefined, { ...headers, 'if-none-match': '"999"' });
    expect(other.statusCode).toBe(200);
  });

  it('a write with the current If-Match succeeds and returns the new ETag; a stale one is 412', async () => {
    const { url, write, headers = {} } = await kind.create();
    const before = (await call('GET', url, undefined, headers)).headers.etag as string;
    const done = await call(write.method, write.url, write.payload, { ...headers, 'if-match': before });
    expect(done.statusCode, done.body).toBe(200);
    const version = done.json().version as number;
    expect(done.headers.etag).toBe(`"${version}"`);
    expect(`"${version}"`).not.toBe(before);
    // The old ETag is stale now: 200 to If-None-Match, 412 to If-Match, naming the current version.
    expect((await call('GET', url, undefined, { ...headers, 'if-none-match': before })).statusCode).toBe(200);
    const stale = await call(write.method, write.url, write.payload, { ...headers, 'if-match': before });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.headers.etag).toBe(`"${version}"`);
    expect(stale.json()).toMatchObject({ status: 412, code: 'version_mismatch', current_version: version });
    // A tag this API never issued cannot match either.
    const weak = await call(write.method, write.url, write.payload, { ...headers, 'if-match': `W/"${version}"` });
    expect(weak.statusCode).toBe(412);
    expect((await call('GET', url, undefined, headers)).json().version).toBe(version);
  });
});

const withBodyVersion = Object.entries(kinds).filter(([, kind]) => kind.bodyVersion);
describe.each(withBodyVersion)('%s (older clients)', (_name, kind) => {
  it('the body expected_version goes through the same check as If-Match', async () => {
    const { url, write } = await kind.create();
    const { version } = (await call('GET', url)).json() as { version: number };
    const stale = await call(write.method, write.url, { ...(write.payload as object), expected_version: version + 5 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'version_mismatch', current_version: version });
    const disagree = await call(
      write.method,
      write.url,
      { ...(write.payload as object), expected_version: version },
      { 'if-match': `"${version + 1}"` },
    );
    expect(disagree.statusCode).toBe(400);
    const fresh = await call(write.method, write.url, { ...(write.payload as object), expected_version: version });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers.etag).toBe(`"${version + 1}"`);
  });
});

describe('DELETE honours If-Match', () => {
  it.each([
    ['product', async () => `/products/${(await product()).id}`],
    ['customer', async () => `/customers/${(await ok('POST', '/customers', { name: 'Del' })).id}`],
  ])('%s: stale → 412 and nothing deleted; current → 204', async (_name, create) => {
    const url = await create();
    const etag = (await call('GET', url)).headers.etag as string;
    const stale = await call('DELETE', url, undefined, { 'if-match': `"${Number(etag.slice(1, -1)) + 1}"` });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'version_mismatch', current_version: Number(etag.slice(1, -1)) });
    expect((await call('GET', url)).statusCode).toBe(200);
    expect((await call('DELETE', url, undefined, { 'if-match': etag })).statusCode).toBe(204);
    expect((await call('GET', url)).statusCode).toBe(404);
  });
});

describe('tenancy and identity', () => {
  it('GET /me sends its ETag and answers a matching If-None-Match with 304', async () => {
    const me = await call('GET', '/me');
    const etag = me.headers.etag as string;
    expect(etag).toBe(`"${me.json().version}"`);
    expect((await call('GET', '/me', undefined, { 'if-none-match': etag })).statusCode).toBe(304);
  });

  it('roles and memberships: stale If-Match → 412, current → applied with a new version', async () => {
    const owner = await signUpAndCreateWorkspace(app);
    const member = await signUpAndCreateWorkspace(app, { owner, permissions: ['customers:read'] });
    const as = (method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
      call(method, url, payload, { ...owner.headers, ...headers });
    type Role = { id: string; name: string; version: number };
    const role = ((await as('GET', '/roles')).json().items as Role[]).find((r) => r.name.startsWith('role-'));
    if (!role) throw new Error('no custom role');
    const stale = await as('PATCH', `/roles/${role.id}`, { description: 'x' }, { 'if-match': '"99"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'version_mismatch', current_version: role.version });
    const edited = await as('PATCH', `/roles/${role.id}`, { description: 'x' }, { 'if-match': `"${role.version}"` });
    expect(edited.statusCode).toBe(200);
    expect(edited.headers.etag).toBe(`"${role.version + 1}"`);
    expect((await as('DELETE', `/roles/${role.id}`, undefined, { 'if-match': '"1"' })).statusCode).toBe(412);

    type Member = { user_id: string; version: number };
    const members = (await as('GET', '/members')).json().items as Member[];
    const held = members.find((m) => m.user_id === member.userId) as Member;
    const url = `/members/${member.userId}`;
    const suspend = { status: 'suspended' };
    expect((await as('PATCH', url, suspend, { 'if-match': `"${held.version + 1}"` })).statusCode).toBe(412);
    expect((await as('PATCH', url, suspend, { 'if-match': `"${held.version}"` })).statusCode).toBe(204);
    expect((await as('DELETE', url, undefined, { 'if-match': `"${held.version}"` })).statusCode).toBe(412);
    expect((await as('DELETE', url, undefined, { 'if-match': `"${held.version + 1}"` })).statusCode).toBe(204);
  });
});

describe('creating responses', () => {
  it('a created resource carries its ETag, and an idempotent replay the same one', async () => {
    const key = randomUUID();
    const post = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/customers',
        headers: { ...ws.headers, 'idempotency-key': key },
        payload: { name: 'Replay' },
      });
    const first = await post();
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    const replay = await post();
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.headers.etag).toBe('"1"');
  });

  it('a note changes the customer detail, so its ETag moves', async () => {
    const { id } = await ok('POST', '/customers', { name: 'Notes' });
    const etag = (await call('GET', `/customers/${id}`)).headers.etag as string;
    await ok('POST', `/customers/${id}/notes`, { body: 'prefers mornings' });
    const after = await call('GET', `/customers/${id}`, undefined, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.json().notes).toHaveLength(1);
  });
});

describe('the contract documents it once for every versioned route', () => {
  type Op = { parameters?: { in: string; name: string }[]; responses: Record<string, { headers?: object }> };
  it('single-resource GETs: If-None-Match, ETag, 304; PATCH/DELETE: If-Match, 412', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, Op>>;
    };
    const header = (op: Op, name: string) => op.parameters?.some((p) => p.in === 'header' && p.name === name);
    const checked: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (
        !/^\/api\/v1\/(products|customers|orders|stock|payments|workspaces|roles|members)\/\{\w+\}/.test(path) &&
        path !== '/api/v1/me'
      )
        continue;
      // Not versioned: import jobs (read-only progress), invitations and API keys (created and
      // revoked, never edited), receipt uploads.
      if (/\/(attachments|import|invitations|api-keys)(\/|$)/.test(path)) continue;
      for (const [method, op] of Object.entries(ops)) {
        const single = path.endsWith('}') || path === '/api/v1/me'; // not a list under a resource
        if (method === 'get' && single) {
          expect(header(op, 'if-none-match'), path).toBe(true);
          expect(op.responses['304'], path).toBeDefined();
          expect(op.responses['200']?.headers, path).toHaveProperty('etag');
          checked.push(`GET ${path}`);
        }
        if (method === 'patch' || method === 'delete') {
          expect(header(op, 'if-match'), `${method} ${path}`).toBe(true);
          expect(op.responses['412'], `${method} ${path}`).toBeDefined();
          checked.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(18);
  });
});
