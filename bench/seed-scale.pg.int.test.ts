import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { services } from '@nexova/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptSeededWorkspace } from './scale-sides';
import { seed } from './seed-scale';

// `npm run seed:scale` writes rows in SQL, past the use-cases: this checks on a small scale that
// they hang together (each workspace's orders name its own customers and variants, dead letters
// name logged events, ids are UUIDv7) and that the API serves them — a row the response schemas
// rejected would answer 500 here, not in the bench.

let app: TestApp;
let ws: TestWorkspace;
let client: pg.Client;
const counts = { workspaces: 3, products: 30, customers: 60, orders: 300, events: 600, deadLetters: 6 };

beforeAll(async () => {
  app = await createTestApp();
  ws = await signUpAndCreateWorkspace(app);
  const url = new URL(services.postgresUrl as string);
  url.pathname = `/${app.database.name}`;
  await seed(url.toString(), counts, () => undefined);
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await app?.dispose();
});

const one = async (text: string) => Number((await client.query<{ n: string }>(text)).rows[0]?.n);

describe('seed:scale rows', () => {
  it('give every seeded workspace its share, with references inside the workspace', async () => {
    const seeded = `(select id from tenancy.workspaces where slug like 'seed-%')`;
    expect(await one(`select count(*) as n from tenancy.workspaces where slug like 'seed-%'`)).toBe(3);
    expect(
      await one(`select count(distinct n) as n from (select count(*) as n from orders.orders
        where workspace_id in ${seeded} group by workspace_id) x`),
    ).toBe(1);
    expect(
      await one(`select count(*) as n from orders.orders o
        join customers.customers c on c.id = o.customer_id and c.workspace_id = o.workspace_id`),
    ).toBe(counts.orders);
    expect(
      await one(`select count(*) as n from orders.lines l
        join catalog.variants v on v.id = l.variant_id and v.workspace_id = l.workspace_id
        join inventory.stock_levels s on s.variant_id = v.id and s.workspace_id = v.workspace_id`),
    ).toBe(counts.orders);
    expect(await one(`select count(*) as n from events.dead_letters d join events.outbox o on o.id = d.event_id`)).toBe(
      counts.deadLetters,
    );
    expect(
      await one(`select count(*) as n from orders.order_counters k
        where k.last_number = (select max(number) from orders.orders o where o.workspace_id = k.workspace_id)`),
    ).toBe(counts.workspaces);
    const versions = await client.query<{ v: string }>(
      `select distinct substr(id::text, 15, 1) || substr(id::text, 20, 1) as v from orders.orders
       union select distinct substr(id::text, 15, 1) || substr(id::text, 20, 1) from customers.customers`,
    );
    expect(versions.rows.map((r) => r.v)).toEqual(['78']);
  });

  it('are served by the API once a member workspace adopts them', async () => {
    const moved = await adoptSeededWorkspace(client, ws.workspaceId);
    expect(moved['orders.orders']).toBe(counts.orders / counts.workspaces);
    type Page = { items: { id: string; customer_id?: string }[]; next_cursor: string | null };
    const get = async <T = Page>(url: string): Promise<T> => {
      const res = await app.inject({ method: 'GET', url: `/api/v1${url}`, headers: ws.headers });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as T;
    };
    const orders = await get('/orders?limit=20');
    expect(orders.items).toHaveLength(20);
    expect(orders.next_cursor).not.toBeNull();
    const order = orders.items[0] as { id: string; customer_id: string };
    expect((await get<{ id: string }>(`/orders/${order.id}`)).id).toBe(order.id);
    expect((await get(`/customers/${order.customer_id}/orders`)).items.length).toBeGreaterThan(0);
    expect((await get('/products?limit=5')).items).toHaveLength(5);
    expect((await get('/stock?limit=5')).items).toHaveLength(5);
    const customers = await get('/customers?limit=100');
    expect(customers.items).toHaveLength(counts.customers / counts.workspaces);
  });
});
