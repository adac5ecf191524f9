// `npm run bench:agenda [-- --workspaces 1000 --database nexova_bench_agenda]`: slot search and booking
// latency over HTTP against `nexova start --role api` on 127.0.0.1, on a database of its own filled in
// SQL with N clinic workspaces (default 1,000), each with a month of appointments (~220 rows), and on a
// freshly migrated empty database for the ratio. On each side a signed-up Owner's clinic (one
// professional, one room, a 30-minute service, weekday hours, set up through the API) gets the same
// month of appointments; then BENCH_REQUESTS slot searches (default 300, a week ahead, BENCH_CONNECTIONS
// connections) and BENCH_BOOKINGS holds of distinct free slots 16–46 days ahead (default 150, 4 at a
// time) are timed per round (BENCH_ROUNDS, default 2, sides alternating). Prints p50/p95/p99 and the
// scale ÷ empty ratios, then exits. Not part of `npm test`.

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import pg from 'pg';
import { monthSql, seededIds, setupSql } from './agenda-rows';
import { load, percentile, ROOT, type Server, startServer, table } from './lib';
import { httpOf } from './scale-sides';
import { freshDatabase } from './seed-scale';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 150);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CHUNK = 100;
const DAY = 86_400_000;
const { values } = parseArgs({
  options: {
    workspaces: { type: 'string', default: '1000' },
    database: { type: 'string', default: 'nexova_bench_agenda' },
  },
});
const WORKSPACES = Number(values.workspaces);
if (!(Number.isInteger(WORKSPACES) && WORKSPACES >= 1)) throw new Error('--workspaces must be a positive integer');
const uptime = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const log = (line: string) => process.stdout.write(`${line}\n`);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
log(`bench:agenda  ${new Date().toISOString()}  commit ${commit}  ${cpus().length} cores  load ${uptime()}`);

async function sql(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set synchronous_commit = off');
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

async function seedScale(url: string): Promise<void> {
  const started = performance.now();
  for (let from = 0; from < WORKSPACES; from += CHUNK) {
    const to = Math.min(WORKSPACES, from + CHUNK);
    const series = `from generate_series(${from}, ${to - 1}) g`;
    await sql(url, [...setupSql(from, to), monthSql(series, seededIds('g'), new Date())]);
    log(`  workspaces ${to} / ${WORKSPACES} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await sql(url, ['vacuum analyze']);
}

type Slot = { starts_at: string; professional_id: string; resource_id: string | null };
type Side = { label: string; server: Server; headers: Record<string, string>; serviceId: string; free: Slot[] };

const serverEnv = (databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_MAX: '8',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  NEXOVA_SEED_DEMO: 'false',
  NATS_URL: undefined,
  RATE_LIMIT_IP: '1000000000',
  RATE_LIMIT_USER_POINTS: '1000000000',
  RATE_LIMIT_WORKSPACE_POINTS: '1000000000',
  RATE_LIMIT_KEY_PREFIX: `nexova:bench:${randomUUID()}`,
});

async function call(
  side: { server: Server; headers: Record<string, string> },
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await fetch(`${side.server.url}/api/v1${path}`, {
    method,
    headers: { ...side.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text);
}

const at = (daysAhead: number) => new Date(Date.now() + daysAhead * DAY).toISOString();

async function startSide(label: string, databaseUrl: string): Promise<Side> {
  const server = await startServer(
    ['apps/nexova/src/bin.ts', 'start', '--role', 'api', '--port', '0'],
    serverEnv(databaseUrl),
  );
  const ws = await signUpAndCreateWorkspace(httpOf(server.url));
  const side = { server, headers: ws.headers };
  await call(side, 'PATCH', `/workspaces/${ws.workspaceId}`, {
    settings: { modules: ['clinic'], timezone: 'America/Sao_Paulo' },
  });
  const professional = await call(side, 'POST', '/agenda/professionals', { name: 'Dra. Bench' });
  const room = await call(side, 'POST', '/agenda/resources', { name: 'Sala Bench' });
  for (const [kind, id] of [
    ['professional', professional.id],
    ['resource', room.id],
  ])
    for (let weekday = 1; weekday <= 5; weekday++)
      await call(side, 'POST', '/agenda/availability-rules', {
        owner_kind: kind,
        owner_id: id,
        weekday,
        start: '08:00',
        end: '18:00',
      });
  const service = await call(side, 'POST', '/agenda/services', {
    name: 'Consulta',
    duration_minutes: 30,
    professional_ids: [professional.id],
    resource_ids: [room.id],
  });
  const lit = (id: string) => `'${id}'::uuid`;
  const ids = {
    ws: lit(ws.workspaceId),
    professional: lit(professional.id),
    room: lit(room.id),
    service: lit(service.id),
  };
  await sql(databaseUrl, [monthSql('from (select 0) g', ids, new Date()), 'analyze agenda.appointments']);
  const slots = await call(side, 'GET', `/agenda/slots?service_id=${service.id}&from=${at(16)}&to=${at(46)}`);
  const free = slots.items as Slot[];
  log(`  ${label}: api at ${server.url}, ${free.length} free slots 16–46 days ahead`);
  return { label, server, headers: ws.headers, serviceId: service.id, free };
}

/** `count` holds of distinct free slots, `parallel` at a time; each request's latency (ms). */
async function book(side: Side, count: number, parallel = 4): Promise<{ latencies: number[]; failed: number }> {
  const latencies: number[] = [];
  let failed = 0;
  const queue = side.free.splice(0, count);
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let slot = queue.shift(); slot; slot = queue.shift()) {
        const started = performance.now();
        try {
          await call(side, 'POST', '/agenda/appointments', {
            service_id: side.serviceId,
            ...slot,
            ttl_seconds: 3600,
          });
          latencies.push(performance.now() - started);
        } catch {
          failed++;
        }
      }
    }),
  );
  return { latencies, failed };
}

const sides: Side[] = [];
try {
  const name = values.database as string;
  const emptyUrl = await freshDatabase(`${name}_empty`);
  const scaleUrl = await freshDatabase(name);
  log(`seeding ${WORKSPACES} clinic workspaces with a month of appointments each into ${name} …`);
  await seedScale(scaleUrl);
  const probe = new pg.Client({ connectionString: scaleUrl });
  await probe.connect();
  const rows = (await probe.query<{ n: string }>('select count(*)::text as n from agenda.appointments')).rows[0]?.n;
  await probe.end();
  log(`agenda.appointments on the scale side: ${rows} rows`);
  sides.push(await startSide('empty', emptyUrl), await startSide('scale', scaleUrl));
  const search = new Map<string, number[]>(sides.map((s) => [s.label, []]));
  const booking = new Map<string, number[]>(sides.map((s) => [s.label, []]));
  let failures = 0;
  const slotsUrl = (s: Side) =>
    `${s.server.url}/api/v1/agenda/slots?service_id=${s.serviceId}&from=${encodeURIComponent(at(1))}&to=${encodeURIComponent(at(8))}`;
  for (const s of sides) await load({ url: slotsUrl(s), headers: s.headers, connections: CONNECTIONS, amount: 30 });
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of round % 2 === 0 ? sides : [...sides].reverse()) {
      const r = await load({ url: slotsUrl(s), headers: s.headers, connections: CONNECTIONS, amount: REQUESTS });
      failures += r.non2xx + r.errors;
      search.get(s.label)?.push(...r.latencies);
      const b = await book(s, Math.ceil(BOOKINGS / ROUNDS));
      failures += b.failed;
      booking.get(s.label)?.push(...b.latencies);
    }
  }
  const rowsOut: Record<string, string | number>[] = [];
  for (const [what, m] of [
    ['slot search (7 days)', search],
    ['booking (hold)', booking],
  ] as const) {
    const sorted = new Map([...m].map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
    const p = (label: string, q: number) => percentile(sorted.get(label) ?? [], q);
    const row: Record<string, string | number> = { operation: what };
    for (const s of sides)
      row[`${s.label} p50/p95/p99 ms`] = [50, 95, 99].map((q) => p(s.label, q).toFixed(1)).join(' / ');
    row.n = sorted.get('scale')?.length ?? 0;
    row['p50 scale÷empty'] = (p('scale', 50) / p('empty', 50)).toFixed(2);
    row['p99 scale÷empty'] = (p('scale', 99) / p('empty', 99)).toFixed(2);
    rowsOut.push(row);
  }
  log(
    `\n${ROUNDS} rounds; ${REQUESTS} slot searches (${CONNECTIONS} connections) and ${Math.ceil(BOOKINGS / ROUNDS)} holds (4 at a time) per side and round; failures ${failures}:\n${table(rowsOut)}\n(load at the end ${uptime()})`,
  );
} finally {
  for (const s of sides) await s.server.stop();
}
process.exit(0);
