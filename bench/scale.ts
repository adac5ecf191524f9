// `npm run bench:scale [-- --database nexova_bench_scale]`: list, search and lookup latency in one
// workspace of the database `npm run seed:scale` filled, against the same requests on an empty
// database (a fresh workspace on a freshly migrated database, a product, a customer and an order made
// through the API) and — with BENCH_ALONE=1 — on a database holding only that workspace's share of
// rows. Each side is a real `nexova start --role api` on 127.0.0.1. Each URL gets BENCH_REQUESTS
// requests (default 300) over BENCH_CONNECTIONS connections (default 4) per round, after 30 unmeasured
// ones; rounds alternate the sides (BENCH_ROUNDS, default 2) so a change in the machine's load falls
// on both (BENCH_ONLY=words limits the URLs to those naming one). Prints p50/p95/p99 per side and the scale ÷ empty ratios (target p99 ≤ 2×), then exits.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { load, percentile, ROOT, table } from './lib';
import { type Side, startSide } from './scale-sides';
import { databaseUrl, freshDatabase, seed } from './seed-scale';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const { values } = parseArgs({ options: { database: { type: 'string', default: 'nexova_bench_scale' } } });
const scaleUrl = databaseUrl(values.database as string);
const uptime = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
process.stdout.write(
  `bench:scale  ${new Date().toISOString()}  commit ${commit}  ${cpus().length} cores  load ${uptime()}\n`,
);

const probe = new pg.Client({ connectionString: scaleUrl });
await probe.connect();
const sizes: { name: string; rows: string }[] = [];
for (const name of [
  'tenancy.workspaces',
  'catalog.products',
  'customers.customers',
  'orders.orders',
  'events.outbox',
  'events.dead_letters',
]) {
  const { rows } = await probe.query<{ n: string }>(`select count(*)::text as n from ${name}`);
  sizes.push({ name, rows: rows[0]?.n ?? '?' });
}
await probe.end();
process.stdout.write(`scale database ${values.database}: ${sizes.map((s) => `${s.name} ${s.rows}`).join(', ')}\n`);

type Url = { name: string; path: (s: Side) => string; admin?: boolean };
const days30 = new Date(Date.now() - 30 * 86_400_000).toISOString();
const URLS: Url[] = [
  { name: 'orders list', path: () => '/orders' },
  { name: 'orders ?status=confirmed', path: () => '/orders?status=confirmed' },
  { name: 'orders ?customer_id', path: (s) => `/orders?customer_id=${s.ids.customerId}` },
  { name: 'orders ?created_from (30 d)', path: () => `/orders?created_from=${encodeURIComponent(days30)}` },
  { name: 'order by id', path: (s) => `/orders/${s.ids.orderId}` },
  { name: 'customer orders', path: (s) => `/customers/${s.ids.customerId}/orders` },
  { name: 'products list', path: () => '/products' },
  { name: 'products ?q=camisa', path: () => '/products?q=camisa' },
  { name: 'products ?status=active&in_stock', path: () => '/products?status=active&in_stock=true' },
  { name: 'customers ?q=<first name>', path: (s) => `/customers?q=${s.ids.name}` },
  { name: 'customers ?q=<phone digits>', path: (s) => `/customers?q=${s.ids.phone.slice(3)}` },
  { name: 'customer by phone', path: (s) => `/customers/by-phone/${encodeURIComponent(s.ids.phone)}` },
  { name: 'stock list', path: () => '/stock' },
  { name: 'stock ?low=true', path: () => '/stock?low=true' },
  { name: 'stock of a variant', path: (s) => `/stock/${s.ids.variantId}` },
  { name: 'events dlq (platform admin)', path: () => '/system/events/dlq', admin: true },
];

// BENCH_ONLY=products,stock: only the URLs whose name contains one of these words.
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const selected = only ? URLS.filter((u) => only.some((word) => u.name.includes(word))) : URLS;

const measure = (side: Side, url: Url, amount: number) =>
  load({
    url: `${side.server.url}/api/v1${url.path(side)}`,
    headers: url.admin ? side.admin : side.headers,
    connections: CONNECTIONS,
    amount,
  });

const sides: Side[] = [];
try {
  const emptyUrl = await freshDatabase(`${values.database}_empty`);
  sides.push(await startSide('empty', emptyUrl, false));
  const scale = await startSide('scale', scaleUrl, true);
  sides.push(scale);
  process.stdout.write(`adopted a seeded workspace: ${JSON.stringify(scale.moved)}\n`);
  if (process.env.BENCH_ALONE === '1') {
    const aloneUrl = await freshDatabase(`${values.database}_alone`);
    const share = (table: string) => scale.moved[table] ?? 1;
    await seed(aloneUrl, {
      workspaces: 1,
      products: share('catalog.products'),
      customers: share('customers.customers'),
      orders: share('orders.orders'),
      events: share('events.outbox'),
      deadLetters: Number(sizes.find((s) => s.name === 'events.dead_letters')?.rows ?? 1),
    });
    sides.push(await startSide('alone', aloneUrl, true));
  }
  const rows: Record<string, string | number>[] = [];
  const fmt = (l: number[]) => [50, 95, 99].map((p) => percentile(l, p).toFixed(1)).join(' / ');
  for (const url of selected) {
    const latencies = new Map<string, number[]>(sides.map((s) => [s.label, []]));
    let failures = 0;
    for (const side of sides) await measure(side, url, 30);
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
        const result = await measure(side, url, REQUESTS);
        failures += result.non2xx + result.errors;
        latencies.get(side.label)?.push(...result.latencies);
      }
    }
    const sorted = new Map([...latencies].map(([k, v]) => [k, v.sort((a, b) => a - b)]));
    const p = (label: string, q: number) => percentile(sorted.get(label) ?? [], q);
    const row: Record<string, string | number> = { endpoint: url.name };
    for (const side of sides) row[`${side.label} p50/p95/p99 ms`] = fmt(sorted.get(side.label) ?? []);
    row['p99 scale÷empty'] = (p('scale', 99) / p('empty', 99)).toFixed(2);
    row['p50 scale÷empty'] = (p('scale', 50) / p('empty', 50)).toFixed(2);
    if (sorted.has('alone')) row['p99 scale÷alone'] = (p('scale', 99) / p('alone', 99)).toFixed(2);
    row['non-2xx'] = failures;
    rows.push(row);
    process.stdout.write(`  ${url.name}: done\n`);
  }
  process.stdout.write(
    `\n${ROUNDS} rounds × ${REQUESTS} requests per side and URL, ${CONNECTIONS} connections (target: p99 scale÷empty ≤ 2):\n${table(rows)}\n(load at the end ${uptime()})\n`,
  );
} finally {
  for (const side of sides) await side.server.stop();
}
process.exit(0);
