import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { benchDatabase, load, startServer, table } from './lib';
import { type SagaLatency, sagaLatency } from './saga-latency';

// npm run bench:orders — one run on PostgreSQL (synchronous_commit as the server has it, default on):
// pgbench's TPC-B TPS on the same server as the physical baseline, then POST /api/v1/orders through
// the whole HTTP stack (auth, workspace, permission, catalog snapshot, totals, history, outbox) at
// CONNECTIONS connections, with its ratio to the baseline; then the checkout saga's completion
// latency (confirm → stock held → payment pending → a manual payment registered by the bench →
// completed) with a separate `--role worker` process running the saga.
// POST /orders runs twice: every connection on one workspace, then the connections spread over
// BENCH_WORKSPACES workspaces (connection i on workspace i mod N). BENCH_SAGAS=0 skips the saga;
// BENCH_DB prefixes the scratch databases' names (default nexova_bench) so two runs do not share them.
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const sagas = Number(process.env.BENCH_SAGAS ?? 200);
const sagaConcurrency = Number(process.env.BENCH_SAGA_CONCURRENCY ?? 16);
const workspaces = Math.max(1, Number(process.env.BENCH_WORKSPACES ?? 16));
const dbPrefix = process.env.BENCH_DB ?? 'nexova_bench';

const pgbenchUrl = await benchDatabase(`${dbPrefix}_pgbench`);
const pgbench = (args: string[]) => execFileSync('pgbench', [...args, pgbenchUrl], { encoding: 'utf8', stdio: 'pipe' });
pgbench(['-i', '-q', '-s', '10']);
const tpcb = pgbench(['-c', String(connections), '-j', '8', '-T', String(duration), '-M', 'prepared']);
const tps = Number(tpcb.match(/tps = ([\d.]+) \(without initial connection time\)/)?.[1] ?? 0);

const databaseUrl = await benchDatabase(`${dbPrefix}_orders`);
const serverEnv = {
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_MAX: String(Math.min(connections, 64)),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info', // startServer waits for the 'listening' line
  NEXOVA_SEED_DEMO: 'false',
  // Generous quotas: with the defaults (1,000 points/min per user, a write costs 5) all but the
  // first ~200 orders would be 429s, and the bench would time the rate limiter's rejections.
  RATE_LIMIT_IP: '1000000000',
  RATE_LIMIT_USER_POINTS: '1000000000',
  RATE_LIMIT_WORKSPACE_POINTS: '1000000000',
  RATE_LIMIT_AUTH: '1000000', // one sign-up per bench workspace
  RATE_LIMIT_KEY_PREFIX: `nexova:bench:${randomUUID()}`,
};
// BENCH_CPU_PROF=<dir>: the API process writes a V8 CPU profile there when it stops (bench/cpu-top.ts reads it).
const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
const server = await startServer(
  [...profile, 'apps/nexova/src/bin.ts', 'start', '--role', 'api', '--port', '0'],
  serverEnv,
);

/** inject() over real HTTP, so the tenancy test helper can sign up against the running server. */
const http = {
  config: { NEXOVA_DATA_DIR: '' },
  async inject(o: { method: string; url: string; headers?: Record<string, string>; payload?: unknown }) {
    const res = await fetch(`${server.url}${o.url}`, {
      method: o.method,
      headers: { ...(o.payload ? { 'content-type': 'application/json' } : {}), ...o.headers },
      body: o.payload ? JSON.stringify(o.payload) : undefined,
    });
    const body = await res.text();
    return { statusCode: res.status, body, json: () => JSON.parse(body) };
  },
};

const uptime = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
})();

async function postAs(headers: Record<string, string>, url: string, payload: unknown) {
  const res = await http.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { ...headers, 'idempotency-key': randomUUID() },
    payload,
  });
  if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A workspace with one three-variant product, and the POST /orders body that buys all three. */
async function shop(ws: { headers: Record<string, string> }) {
  const product = await postAs(ws.headers, '/products', {
    name: 'Bench shirt',
    currency: 'BRL',
    variants: ['S', 'M', 'L'].map((size) => ({ sku: `BENCH-${size}`, options: { size }, price: 4990 })),
  });
  const body = JSON.stringify({
    lines: product.variants.map((v: { id: string }, i: number) => ({ variant_id: v.id, quantity: i + 1 })),
    delivery: { method: 'delivery', recipient: 'Bench', address: 'Rua Augusta 100' },
    shipping_fee: 1000,
  });
  return { ws, body };
}

try {
  const shops: Awaited<ReturnType<typeof shop>>[] = [];
  for (let i = 0; i < workspaces; i++) shops.push(await shop(await signUpAndCreateWorkspace(http)));
  const ws = shops[0]!.ws;
  const post = (url: string, payload: unknown) => postAs(ws.headers, url, payload);
  const options = {
    url: `${server.url}/api/v1/orders`,
    method: 'POST' as const,
    connections,
    headers: { ...ws.headers, 'content-type': 'application/json', 'idempotency-key': '[<id>]' },
    idReplacement: true,
    body: shops[0]!.body,
  };
  /** Connection i orders in workspace i mod n. */
  const spread = (n: number) => {
    let next = 0;
    return {
      ...options,
      setupClient: (client: { setHeadersAndBody(h: Record<string, string>, b: string): void }) => {
        const s = shops[next++ % n]!;
        client.setHeadersAndBody(
          { ...s.ws.headers, 'content-type': 'application/json', 'idempotency-key': '[<id>]' },
          s.body,
        );
      },
    };
  };
  await load({ ...spread(workspaces), duration: 2 }); // warm-up
  const loadStart = uptime();
  const one = await load({ ...options, duration });
  const many = await load({ ...spread(workspaces), duration });
  const loadEnd = uptime();
  // The checkout saga, driven by its own worker process (skipped with BENCH_SAGAS=0).
  const saga = sagas > 0 ? await runSagas(post, ws.headers) : undefined;
  const blank = { 'p50 ms': '', 'p95 ms': '', 'p99 ms': '', errors: '' };
  const orderRows = (label: string, r: typeof one) => [
    {
      measure: `POST /api/v1/orders (3 lines), ${label}`,
      'ops/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p95 ms': r.p95,
      'p99 ms': r.p99,
      errors: r.errors + r.non2xx,
    },
    { measure: `  orders / TPC-B, ${label}`, 'ops/s': (r.rps / Math.max(tps, 0.001)).toFixed(2), ...blank },
  ];
  const rows = [
    { measure: 'pgbench TPC-B (scale 10, prepared)', 'ops/s': Math.round(tps), ...blank },
    ...orderRows('1 workspace', one),
    ...orderRows(`${workspaces} workspaces`, many),
    ...(saga
      ? [
          {
            measure: `checkout saga, confirm → completed (${saga.count} orders, ${sagaConcurrency} at a time)`,
            'ops/s': saga.perSecond,
            'p50 ms': saga.p50,
            'p95 ms': saga.p95,
            'p99 ms': saga.p99,
            errors: '',
          },
        ]
      : []),
  ];
  process.stdout.write(
    `\nPostgreSQL, ${connections} connections, ${duration}s each, loopback, synchronous_commit on (server default), LOG_LEVEL=info; ops/s counts 2xx only\n` +
      `${new Date().toISOString()}  commit ${commit}  load (1/5/15 min) ${loadStart} → ${loadEnd}\n\n${table(rows)}\n`,
  );
} finally {
  await server.stop();
}

async function runSagas(
  post: (url: string, payload: unknown) => Promise<{ variants: { id: string }[] }>,
  headers: Record<string, string>,
): Promise<SagaLatency> {
  const worker = await startServer(['apps/nexova/src/bin.ts', 'start', '--role', 'worker', '--port', '0'], serverEnv);
  try {
    const stocked = await post('/products', {
      name: 'Bench saga shirt',
      currency: 'BRL',
      variants: [{ sku: 'BENCH-SAGA', price: 4990 }],
    });
    const variantId = stocked.variants[0]!.id;
    await post('/stock/adjust', { variant_id: variantId, delta: 1_000_000, reason: 'bench stock' });
    return await sagaLatency({ url: server.url, headers, variantId, count: sagas, concurrency: sagaConcurrency });
  } finally {
    await worker.stop();
  }
}
