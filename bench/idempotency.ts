import { randomUUID } from 'node:crypto';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { type Load, load, startServer, table } from './lib';

// npm run bench:idempotency — what an Idempotency-Key costs a committing POST (issue 11, target
// ≤ 15 %): the same write (placeOrder, the use-case behind POST /orders: catalog read, order number,
// order, lines, history, outbox) through the whole HTTP stack, on two routes that differ only in
// `idempotent`: one claims the key and stores the response with the commit, the other does not.
// The two alternate for BENCH_ROUNDS rounds (the machine is shared); each side's median round is
// printed with throughput and p50/p95/p99. PostgreSQL when DATABASE_URL is set (a fresh database),
// else embedded PGlite. The server (bench/idempotency-server.ts) runs in its own process.
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const duration = Number(process.env.BENCH_DURATION ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const server = await startServer(['bench/idempotency-server.ts'], {
  DATABASE_POOL_MAX: String(Math.min(connections, 64)),
});
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
try {
  const ws = await signUpAndCreateWorkspace(http);
  const product = await http.inject({
    method: 'POST',
    url: '/api/v1/products',
    headers: { ...ws.headers, 'idempotency-key': randomUUID() },
    payload: {
      name: 'Bench shirt',
      currency: 'BRL',
      variants: ['S', 'M', 'L'].map((size) => ({ sku: `BENCH-${size}`, options: { size }, price: 4990 })),
    },
  });
  const variants = (product.json() as { variants: { id: string }[] }).variants;
  const body = JSON.stringify({ lines: variants.map((v, i) => ({ variant_id: v.id, quantity: i + 1 })) });
  const url = server.url;
  const run = (path: string, keyed: boolean, seconds: number) =>
    load({
      url: `${url}/api/v1${path}`,
      method: 'POST',
      connections,
      duration: seconds,
      headers: {
        ...ws.headers,
        'content-type': 'application/json',
        ...(keyed ? { 'idempotency-key': '[<id>]' } : {}),
      },
      idReplacement: keyed,
      body,
    });
  await run('/bench/orders', false, 2); // warm-up of both routes
  await run('/bench/orders-keyed', true, 2);
  const plain: Load[] = [];
  const keyed: Load[] = [];
  for (let i = 0; i < rounds; i++) {
    plain.push(await run('/bench/orders', false, duration));
    keyed.push(await run('/bench/orders-keyed', true, duration));
  }
  const median = (runs: Load[]) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)] as Load;
  const a = median(plain);
  const b = median(keyed);
  const row = (side: string, r: Load, all: Load[]) => ({
    side,
    'req/s': Math.round(r.rps),
    'p50 ms': r.p50,
    'p95 ms': r.p95,
    'p99 ms': r.p99,
    errors: r.errors + r.non2xx,
    rounds: all.map((x) => Math.round(x.rps)).join(' '),
  });
  const cost = 1 - b.rps / Math.max(a.rps, 0.001);
  process.stdout.write(
    `\nplaceOrder over HTTP, ${connections} connections, ${rounds} alternating rounds of ${duration}s, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; median round each\n\n${table(
      [
        row('without Idempotency-Key', a, plain),
        row('with Idempotency-Key', b, keyed),
        {
          side: 'cost of the key (1 − with/without)',
          'req/s': `${(cost * 100).toFixed(1)} %`,
          'p50 ms': (b.p50 / Math.max(a.p50, 0.001)).toFixed(2),
          'p95 ms': (b.p95 / Math.max(a.p95, 0.001)).toFixed(2),
          'p99 ms': (b.p99 / Math.max(a.p99, 0.001)).toFixed(2),
          errors: '',
          rounds: '',
        },
      ],
    )}\n(latency columns of the last row: with ÷ without)\n`,
  );
} finally {
  await server.stop();
}
