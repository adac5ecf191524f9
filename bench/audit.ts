import { randomUUID } from 'node:crypto';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { benchDatabase, type Load, load, startServer, table } from './lib';

// npm run bench:audit — what the audit trail costs POST /api/v1/orders (issue 14): the same write
// through the whole HTTP stack on two `nexova start --role api` servers over one PostgreSQL
// database, one with AUDIT_ENABLED=true (the default: one hash-chained entry per order, its head row
// bumped with the COMMIT) and one with AUDIT_ENABLED=false (the bench knob; never in production).
// Both sides write into one workspace, so every audited order queues on the same chain head: the
// worst case. They alternate for BENCH_ROUNDS rounds (the machine is shared); each side's median
// round is printed with throughput and p50/p95/p99, then the ratios.
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const duration = Number(process.env.BENCH_DURATION ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const databaseUrl = await benchDatabase(process.env.BENCH_DB ?? 'nexova_bench_audit');
const env = { DATABASE_URL: databaseUrl, HOST: '127.0.0.1', LOG_LEVEL: 'info', NEXOVA_SEED_DEMO: 'false' };
const start = (audit: boolean) =>
  startServer(['apps/nexova/src/bin.ts', 'start', '--role', 'api', '--port', '0'], {
    ...env,
    AUDIT_ENABLED: String(audit),
    RATE_LIMIT_USER_POINTS: '100000000',
    RATE_LIMIT_WORKSPACE_POINTS: '100000000',
    RATE_LIMIT_IP: '100000000',
  });
const audited = await start(true);
const plain = await start(false);
const http = {
  config: { NEXOVA_DATA_DIR: '' },
  async inject(o: { method: string; url: string; headers?: Record<string, string>; payload?: unknown }) {
    const res = await fetch(`${audited.url}${o.url}`, {
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
  const sku = randomUUID().slice(0, 8);
  const product = await http.inject({
    method: 'POST',
    url: '/api/v1/products',
    headers: { ...ws.headers, 'idempotency-key': randomUUID() },
    payload: { name: 'Bench shirt', currency: 'BRL', variants: [{ sku: `AUDIT-${sku}`, price: 4990 }] },
  });
  const variant = (product.json() as { variants: { id: string }[] }).variants[0]?.id;
  const body = JSON.stringify({ lines: [{ variant_id: variant, quantity: 1 }] });
  const run = (url: string, seconds: number) =>
    load({
      url: `${url}/api/v1/orders`,
      method: 'POST',
      connections,
      duration: seconds,
      headers: { ...ws.headers, 'content-type': 'application/json', 'idempotency-key': '[<id>]' },
      idReplacement: true,
      body,
    });
  for (const server of [plain, audited]) await run(server.url, 2); // warm-up
  const without: Load[] = [];
  const withAudit: Load[] = [];
  for (let i = 0; i < rounds; i++) {
    without.push(await run(plain.url, duration));
    withAudit.push(await run(audited.url, duration));
  }
  const median = (runs: Load[]) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)] as Load;
  const a = median(without);
  const b = median(withAudit);
  const row = (side: string, r: Load, all: Load[]) => ({
    side,
    'req/s': Math.round(r.rps),
    'p50 ms': r.p50,
    'p95 ms': r.p95,
    'p99 ms': r.p99,
    errors: r.errors + r.non2xx,
    rounds: all.map((x) => Math.round(x.rps)).join(' '),
  });
  const ratio = (x: number, y: number) => (x / Math.max(y, 0.001)).toFixed(2);
  process.stdout.write(
    `\nPOST /orders, one workspace, ${connections} connections, ${rounds} alternating rounds of ${duration}s, PostgreSQL; median round each\n\n${table(
      [
        row('AUDIT_ENABLED=false', a, without),
        row('audited (default)', b, withAudit),
        {
          side: 'with ÷ without',
          'req/s': ratio(b.rps, a.rps),
          'p50 ms': ratio(b.p50, a.p50),
          'p95 ms': ratio(b.p95, a.p95),
          'p99 ms': ratio(b.p99, a.p99),
          errors: '',
          rounds: '',
        },
      ],
    )}\n`,
  );
} finally {
  await Promise.all([plain.stop(), audited.stop()]);
}
