import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { services } from '@nexova/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// No lost update under real concurrency (PostgreSQL: PGlite runs one transaction at a time, so two
// requests there can never interleave inside a write). Two PATCHes of one resource both read the
// same version while a third connection holds the row lock; when it lets go, exactly one write
// lands and the other answers 409 (no If-Match) or 412 (If-Match) instead of overwriting it.

type Method = 'GET' | 'POST' | 'PATCH';
let app: TestApp;
let ws: TestWorkspace;
let holder: pg.Client;

const call = (method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...ws.headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const created = async (url: string, payload: unknown) => {
  const res = await call('POST', url, payload);
  if (res.statusCode !== 201) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; variants?: { id: string }[] };
};
const product = () =>
  created('/products', { name: 'Race', currency: 'BRL', variants: [{ sku: randomUUID().slice(0, 8), price: 100 }] });

type Kind = {
  table: string;
  /** The resource's URL, and the headers of a caller who may change it. */
  create(): Promise<{ url: string; headers?: Record<string, string> }>;
  patch: (i: number) => unknown;
};
const kinds: Record<string, Kind> = {
  workspace: {
    table: 'tenancy.workspaces',
    create: async () => {
      const other = await signUpAndCreateWorkspace(app);
      return { url: `/workspaces/${other.workspaceId}`, headers: other.headers };
    },
    patch: (i) => ({ name: `writer ${i}` }),
  },
  product: {
    table: 'catalog.products',
    create: async () => ({ url: `/products/${(await product()).id}` }),
    patch: (i) => ({ name: `writer ${i}` }),
  },
  customer: {
    table: 'customers.customers',
    create: async () => ({ url: `/customers/${(await created('/customers', { name: 'Race' })).id}` }),
    patch: (i) => ({ name: `writer ${i}` }),
  },
  order: {
    table: 'orders.orders',
    create: async () => {
      const variant = (await product()).variants?.[0]?.id;
      return { url: `/orders/${(await created('/orders', { lines: [{ variant_id: variant, quantity: 1 }] })).id}` };
    },
    patch: (i) => ({ notes: `writer ${i}` }),
  },
};

beforeAll(async () => {
  app = await createTestApp();
  ws = await signUpAndCreateWorkspace(app);
  const url = new URL(services.postgresUrl as string);
  url.pathname = `/${app.database.name}`;
  holder = new pg.Client({ connectionString: url.toString() });
  await holder.connect();
});
afterAll(async () => {
  await holder?.end();
  await app?.dispose();
});

/** Runs two PATCHes that both read the row before either can write it; returns their responses. */
async function race(table: string, url: string, patch: (i: number) => unknown, headers: Record<string, string>) {
  const id = url.split('/').at(-1);
  await holder.query('begin');
  await holder.query(`select 1 from ${table} where id = $1 for update`, [id]);
  const writers = [0, 1].map((i) => call('PATCH', url, patch(i), headers));
  // Both requests have read the row and now wait for its lock in their UPDATE … WHERE version = $read.
  await vi.waitFor(
    async () => {
      await holder.query('select pg_stat_clear_snapshot()'); // activity is snapshotted per transaction
      const { rows } = await holder.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
      );
      expect(rows[0]?.n).toBe(2);
    },
    { timeout: 20_000, interval: 20 },
  );
  await holder.query('rollback');
  return Promise.all(writers);
}

describe.each(Object.entries(kinds))('%s: two concurrent PATCHes of the same version', (_name, kind) => {
  it('without If-Match: one wins, the other is 409 version_conflict (not a silent overwrite)', async () => {
    const { url, headers = {} } = await kind.create();
    const before = (await call('GET', url, undefined, headers)).json().version as number;
    const results = await race(kind.table, url, kind.patch, headers);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409);
    expect(loser?.json()).toMatchObject({ code: 'version_conflict' });
    // What is stored is exactly what the winner was told.
    const winner = results.find((r) => r.statusCode === 200)?.json();
    const after = (await call('GET', url, undefined, headers)).json();
    expect(after.version).toBe(before + 1);
    expect(winner.version).toBe(after.version);
    expect(after.name ?? after.notes).toBe(winner.name ?? winner.notes);
  });

  it('with the same If-Match: one wins, the other is 412 version_mismatch', async () => {
    const { url, headers = {} } = await kind.create();
    const etag = (await call('GET', url, undefined, headers)).headers.etag as string;
    const results = await race(kind.table, url, kind.patch, { ...headers, 'if-match': etag });
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    expect(results.find((r) => r.statusCode === 412)?.json()).toMatchObject({ code: 'version_mismatch' });
    expect((await call('GET', url, undefined, headers)).headers.etag).toBe(`"${Number(etag.slice(1, -1)) + 1}"`);
  });
});
