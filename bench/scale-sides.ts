// One side of `npm run bench:scale`: a Nexova API process (the real binary, `--role api`) on its own
// database, a signed-up Owner who is also a platform admin, and the ids the measured URLs need.
import { randomUUID } from 'node:crypto';
import { signUpAndCreateWorkspace, TEST_PASSWORD } from '@nexova/tenancy/testing';
import pg from 'pg';
import { type Server, startServer } from './lib';

export type Fixture = { orderId: string; customerId: string; variantId: string; phone: string; name: string };
export type Side = {
  label: string;
  server: Server;
  headers: Record<string, string>;
  admin: Record<string, string>;
  ids: Fixture;
};

const serverEnv = (databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_MAX: '8',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info', // startServer waits for the 'listening' line
  NEXOVA_SEED_DEMO: 'false',
  NATS_URL: undefined,
  RATE_LIMIT_IP: '1000000000',
  RATE_LIMIT_USER_POINTS: '1000000000',
  RATE_LIMIT_WORKSPACE_POINTS: '1000000000',
  RATE_LIMIT_KEY_PREFIX: `nexova:bench:${randomUUID()}`,
});

/** inject() over real HTTP, so the tenancy test helper can sign up against a running server. */
export function httpOf(url: string) {
  return {
    config: { NEXOVA_DATA_DIR: '' },
    async inject(o: { method: string; url: string; headers?: Record<string, string>; payload?: unknown }) {
      const res = await fetch(`${url}${o.url}`, {
        method: o.method,
        headers: { ...(o.payload ? { 'content-type': 'application/json' } : {}), ...o.headers },
        body: o.payload ? JSON.stringify(o.payload) : undefined,
      });
      const body = await res.text();
      return { statusCode: res.status, body, json: () => JSON.parse(body) };
    },
  };
}

/** The business tables (every module schema but identity's and tenancy's) that carry workspace_id. */
async function workspaceTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select format('%I.%I', c.table_schema, c.table_name) as name from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.column_name = 'workspace_id' and t.table_type = 'BASE TABLE'
        and c.table_schema not in ('identity', 'tenancy', 'pg_catalog', 'information_schema')`,
  );
  return rows.map((r) => r.name);
}

/**
 * Hands one seeded workspace's rows (orders, products, customers, events …) to the signed-up
 * workspace, so the bench measures a real member's requests over a seeded workspace's data. The
 * seeded workspace left empty is renamed `adopted-…`, so a second run takes the next one.
 */
export async function adoptSeededWorkspace(client: pg.Client, workspaceId: string): Promise<Record<string, number>> {
  const { rows } = await client.query<{ id: string }>(
    `select w.id from tenancy.workspaces w where w.slug like 'seed-%'
       and exists (select 1 from orders.orders o where o.workspace_id = w.id) order by w.slug limit 1`,
  );
  const seeded = rows[0]?.id;
  if (!seeded) throw new Error('no seeded workspace left: run `npm run seed:scale` first');
  const moved: Record<string, number> = {};
  await client.query('begin');
  await client.query('set local session_replication_role = replica');
  for (const table of await workspaceTables(client)) {
    const result = await client.query(`update ${table} set workspace_id = $1 where workspace_id = $2`, [
      workspaceId,
      seeded,
    ]);
    if (result.rowCount) moved[table] = result.rowCount;
  }
  await client.query(`update tenancy.workspaces set slug = 'adopted-' || slug where id = $1`, [seeded]);
  await client.query('commit');
  return moved;
}

/** The lookups' ids: an order from the middle of the workspace's history, its customer and a variant. */
async function fixtureOf(client: pg.Client, workspaceId: string): Promise<Fixture> {
  const { rows } = await client.query<{
    order_id: string;
    customer_id: string;
    phone: string;
    name: string;
    variant_id: string;
  }>(
    `select o.id as order_id, c.id as customer_id, c.phone, split_part(lower(c.name), ' ', 1) as name, l.variant_id
       from orders.orders o join customers.customers c on c.id = o.customer_id join orders.lines l on l.order_id = o.id
      where o.workspace_id = $1 order by o.number offset (select count(*) / 2 from orders.orders where workspace_id = $1) limit 1`,
    [workspaceId],
  );
  if (!rows[0]) throw new Error('the workspace has no order');
  const r = rows[0];
  return { orderId: r.order_id, customerId: r.customer_id, variantId: r.variant_id, phone: r.phone, name: r.name };
}

/** A few rows made through the API, for a workspace on an empty database. */
async function createThroughApi(url: string, headers: Record<string, string>): Promise<void> {
  const post = async <T>(path: string, payload: unknown): Promise<T> => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(payload),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const product = await post<{ variants: { id: string }[] }>('/products', {
    name: 'Camisa Azul 1',
    currency: 'BRL',
    variants: [{ sku: 'SKU-0', price: 4990 }],
  });
  const variantId = product.variants[0]?.id as string;
  await post('/stock/adjust', { variant_id: variantId, delta: 20, reason: 'delivery' });
  const customer = await post<{ id: string }>('/customers', { name: 'Beatriz Silva Silva', phone: '+5511900000000' });
  await post('/orders', { customer_id: customer.id, lines: [{ variant_id: variantId, quantity: 1 }] });
}

export async function startSide(
  label: string,
  databaseUrl: string,
  seeded: boolean,
): Promise<Side & { moved: Record<string, number> }> {
  const server = await startServer(
    ['apps/nexova/src/bin.ts', 'start', '--role', 'api', '--port', '0'],
    serverEnv(databaseUrl),
  );
  const ws = await signUpAndCreateWorkspace(httpOf(server.url));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const moved = seeded ? await adoptSeededWorkspace(client, ws.workspaceId) : {};
    if (!seeded) await createThroughApi(server.url, ws.headers);
    await client.query('update identity.users set is_platform_admin = true where id = $1', [ws.userId]);
    const login = await httpOf(server.url).inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: ws.email, password: TEST_PASSWORD },
    });
    const admin = { authorization: `Bearer ${login.json().access_token}` };
    return { label, server, headers: ws.headers, admin, ids: await fixtureOf(client, ws.workspaceId), moved };
  } finally {
    await client.end();
  }
}
