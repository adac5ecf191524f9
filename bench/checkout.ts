import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { api, closedLoop, readCheckout, type Shop, WAIT_SECONDS } from './checkout-flow';
import {
  delta,
  dropDatabase,
  freshDatabase,
  rssMb,
  type Statements,
  scrapeAll,
  scrapeWaits,
  type Tpcb,
  tpcb,
} from './checkout-probes';
import { report } from './checkout-report';
import { ROOT, type Server, startServer } from './lib';

// npm run bench:checkout -- --mode one|split|embedded
// The whole storefront flow over HTTP against servers this script starts on a scratch database:
// closed-loop clients at each concurrency create an order, submit it, pay it by transfer and wait
// for the checkout saga to complete. Prints orders/s, flow and saga latency, the SQL statements
// one order costs (counted by nexova_db_statements_total, with and without the status long-polls),
// the idle worker's statements/s, each process's RSS, and pgbench TPC-B from the same run.
//   one:      `nexova start` (API and workers in one process) on PostgreSQL
//   split:    `nexova start --role api` + `--role worker` on PostgreSQL
//   embedded: `nexova start` on PGlite (no TPC-B: there is no server to run pgbench against)
// Bounds per concurrency: BENCH_ORDERS orders or BENCH_SECONDS seconds, whichever comes first.
// Also: BENCH_CONCURRENCY (1,16,64), BENCH_POLL_SAMPLES (200), BENCH_PGBENCH_SCALE (1).
// In-process events and rate limits: NATS_URL and REDIS_URL are removed from the servers' env.
const { values } = parseArgs({ options: { mode: { type: 'string', default: 'one' } } });
const mode = values.mode as 'one' | 'split' | 'embedded';
if (!['one', 'split', 'embedded'].includes(mode)) throw new Error('--mode one | split | embedded');
const maxOrders = Number(process.env.BENCH_ORDERS ?? 2000);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const levels = (process.env.BENCH_CONCURRENCY ?? '1,16,64').split(',').map(Number);
const pollSamples = Number(process.env.BENCH_POLL_SAMPLES ?? 200);
const IDLE_SECONDS = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
process.stdout.write(
  `bench:checkout --mode ${mode}  ${new Date().toISOString()}  commit ${commit}  ${cpus().length} cores  load ${load()}\n`,
);

// BENCH_DB: another scratch database name, so two runs on one server do not drop each other's.
const dbName = process.env.BENCH_DB ?? 'bench_nexova';
const tps: Tpcb | null =
  mode === 'embedded' ? null : await tpcb(Number(process.env.BENCH_PGBENCH_SCALE ?? 1), 16, 10, `${dbName}_tpcb`);
const dataDir = mkdtempSync(join(tmpdir(), 'nexova-bench-checkout-'));
const env = {
  DATABASE_URL: mode === 'embedded' ? undefined : await freshDatabase(dbName),
  NEXOVA_DATA_DIR: dataDir,
  NATS_URL: undefined,
  REDIS_URL: undefined,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info', // startServer waits for the 'listening' line
  NEXOVA_SEED_DEMO: 'false',
  // Generous quotas: the bench measures the flow, not the rate limiter's rejections.
  RATE_LIMIT_IP: '1000000000',
  RATE_LIMIT_USER_POINTS: '1000000000',
  RATE_LIMIT_WORKSPACE_POINTS: '1000000000',
};
const start = (role?: string) =>
  startServer(['apps/nexova/src/bin.ts', 'start', ...(role ? ['--role', role] : []), '--port', '0'], env);
const servers: Record<string, Server> = {};
try {
  if (mode === 'split') {
    servers.api = await start('api');
    servers.worker = await start('worker');
  } else {
    servers.server = await start();
  }
  const urls = Object.fromEntries(Object.entries(servers).map(([name, s]) => [name, s.url]));
  const apiUrl = (servers.api ?? servers.server)?.url as string;
  const shop = await setUpShop(apiUrl);

  // Warm up, then let the background work of the warm-up end before sampling the idle rate.
  await closedLoop(shop, 4, 8, 30);
  await quiet(urls);
  const idleBefore = await scrapeAll(urls);
  await sleep(IDLE_SECONDS * 1000);
  const idle = delta(idleBefore, await scrapeAll(urls));
  const idleRate = (key: string) => (idle[key] ?? 0) / IDLE_SECONDS;
  const rssIdle = Object.fromEntries(Object.entries(servers).map(([name, s]) => [name, rssMb(s.child.pid)]));

  const runs = [];
  let lastOrder: string | undefined;
  for (const concurrency of levels) {
    const began = performance.now();
    const before = await scrapeAll(urls);
    const waitsBefore = await scrapeWaits(urls);
    const run = await closedLoop(shop, concurrency, maxOrders, seconds);
    await settle(urls, idleRate);
    const window = (performance.now() - began) / 1000;
    const statements = delta(before, await scrapeAll(urls));
    const waits = await scrapeWaits(urls);
    const waitReads = waits.reads - waitsBefore.reads;
    runs.push({ concurrency, ...run, statements, waitReads, waitProbes: waits.probes - waitsBefore.probes, window });
    lastOrder = run.results.find((r) => r.ok)?.orderId ?? lastOrder;
    process.stdout.write(`  c=${concurrency}: ${run.results.length} orders in ${run.seconds.toFixed(1)} s\n`);
  }

  // What one status poll costs, measured apart: sequential polls of a completed checkout and of one
  // not started (404), counted on the pools that serve the API (PGlite's one connection also carries
  // the workers' idle rate, taken off).
  if (!lastOrder) throw new Error('no order completed');
  const pollCost = async (orderId: string) => {
    const before = await scrapeAll(urls);
    const began = performance.now();
    for (let i = 0; i < pollSamples; i++) await readCheckout(shop, orderId);
    const elapsed = (performance.now() - began) / 1000;
    const polled = delta(before, await scrapeAll(urls));
    const apiKeys = Object.keys(polled).filter((k) => /:(api|embedded)$/.test(k));
    return apiKeys.reduce((n, k) => n + (polled[k] ?? 0) - idleRate(k) * elapsed, 0) / Math.max(pollSamples, 1);
  };
  const pollCosts = { found: await pollCost(lastOrder), missing: await pollCost(randomUUID()) };

  const rssAfter = Object.fromEntries(Object.entries(servers).map(([name, s]) => [name, rssMb(s.child.pid)]));
  report({ mode, tps, runs, idle, idleSeconds: IDLE_SECONDS, pollCosts, pollSamples, rssIdle, rssAfter });
  process.stdout.write(`(long-polls of up to ${WAIT_SECONDS} s; load at the end ${load()})\n`);
} finally {
  await Promise.all(Object.values(servers).map((s) => s.stop()));
  if (mode !== 'embedded') await dropDatabase(dbName);
  rmSync(dataDir, { recursive: true, force: true });
}

/** Register, log in, create a workspace, 4 products of 4 variants each with plenty of stock. */
async function setUpShop(url: string): Promise<Shop> {
  const anonymous = { url, headers: {} };
  const email = `bench-${Date.now()}@example.com`;
  const password = 'a long bench passphrase 42';
  const must = async <T>(shop: typeof anonymous, path: string, payload: unknown) => {
    const res = await api<T>(shop, 'POST', path, payload);
    if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${res.body.slice(0, 300)}`);
    return res.json();
  };
  await must(anonymous, '/auth/register', { email, password, first_name: 'Bench', last_name: 'Shop' });
  const { access_token } = await must<{ access_token: string }>(anonymous, '/auth/login', { email, password });
  const auth = { url, headers: { authorization: `Bearer ${access_token}` } };
  const ws = await must<{ id: string }>(auth, '/workspaces', { name: `Bench shop ${Date.now()}` });
  const shop = { url, headers: { ...auth.headers, 'x-workspace-id': ws.id } };
  const variantIds: string[] = [];
  for (let p = 0; p < 4; p++) {
    const product = await must<{ variants: { id: string }[] }>(shop, '/products', {
      name: `Bench product ${p}`,
      currency: 'BRL',
      variants: ['S', 'M', 'L', 'XL'].map((size) => ({ sku: `B${p}-${size}`, options: { size }, price: 4990 })),
    });
    for (const v of product.variants) {
      await must(shop, '/stock/adjust', { variant_id: v.id, delta: 1_000_000, reason: 'bench stock' });
      variantIds.push(v.id);
    }
  }
  return { ...shop, variantIds };
}

/** Waits (≤ 15 s) until the statements/s of every process is back near its idle rate: the events an
 * order leaves behind (read models, notifications) are part of what it costs. */
/**
 * Waits (up to 30 s) until the warm-up's tail is over — its notifications' mails, the gathered
 * read models, the deliveries — so the idle rate is that of a worker with nothing to do: two
 * seconds in which every process sends at most 2 statements.
 */
async function quiet(urls: Record<string, string>): Promise<void> {
  let last: Statements = await scrapeAll(urls);
  for (let i = 0; i < 15; i++) {
    await sleep(2000);
    const now = await scrapeAll(urls);
    const step = delta(last, now);
    last = now;
    if (Object.keys(now).every((k) => (step[k] ?? 0) <= 2)) return;
  }
}

async function settle(urls: Record<string, string>, idleRate: (key: string) => number): Promise<void> {
  let last: Statements = await scrapeAll(urls);
  for (let i = 0; i < 15; i++) {
    await sleep(1000);
    const now = await scrapeAll(urls);
    const step = delta(last, now);
    last = now;
    if (Object.keys(now).every((k) => (step[k] ?? 0) <= idleRate(k) * 1.5 + 10)) return;
  }
}
