import { randomUUID } from 'node:crypto';
import { benchDatabase, load, startServer, table } from './lib';

// npm run bench:hardening — a cheap authenticated POST on PostgreSQL with and without the
// rate-limit + idempotency plugins (a fresh Idempotency-Key per request), the overhead ratio, and
// the latency of an idempotent replay (one key, sent again and again). One run, loopback.
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const duration = Number(process.env.BENCH_DURATION ?? 10);

const databaseUrl = await benchDatabase('nexova_bench_hardening');
const env = {
  DATABASE_URL: databaseUrl,
  LOG_LEVEL: 'warn',
  // Generous quotas: the bench measures the cost of counting, not of rejecting.
  RATE_LIMIT_IP: '1000000000',
  RATE_LIMIT_USER_POINTS: '1000000000',
  RATE_LIMIT_WORKSPACE_POINTS: '1000000000',
  RATE_LIMIT_KEY_PREFIX: `nexova:bench:${randomUUID()}`,
};
const plain = await startServer(['bench/hardening-server.ts'], { ...env, BENCH_HARDENING: 'off' });
const hardened = await startServer(['bench/hardening-server.ts'], { ...env, BENCH_HARDENING: 'on' });
// Each plugin alone, to show where the cost is.
const limitsOnly = await startServer(['bench/hardening-server.ts'], { ...env, BENCH_HARDENING: 'ratelimit' });
const idempotencyOnly = await startServer(['bench/hardening-server.ts'], { ...env, BENCH_HARDENING: 'idempotency' });

const headers = {
  'content-type': 'application/json',
  'x-bench-user': randomUUID(),
  'x-workspace-id': randomUUID(),
};
const body = JSON.stringify({ text: 'a cheap note' });
const post = (url: string, seconds: number, key?: string) =>
  load({
    url: `${url}/api/v1/bench/notes`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers,
        body,
        setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': key ?? randomUUID() } }),
      },
    ],
  });

try {
  const rows: Record<string, string | number>[] = [];
  const run = async (name: string, url: string, key?: string) => {
    await post(url, 2, key); // warm-up
    const r = await post(url, duration, key);
    rows.push({
      case: name,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p95 ms': r.p95,
      'p99 ms': r.p99,
      errors: r.errors + r.non2xx,
    });
    return r;
  };
  const without = await run('POST without rate-limit + idempotency', plain.url);
  const withPlugins = await run('POST with rate-limit + idempotency', hardened.url);
  await run('idempotent replay (one key)', hardened.url, randomUUID());
  rows.push({
    case: 'overhead (without / with req/s)',
    'req/s': (without.rps / Math.max(withPlugins.rps, 0.001)).toFixed(2),
    'p50 ms': '',
    'p95 ms': '',
    'p99 ms': '',
    errors: '',
  });
  await run('  rate-limit only', limitsOnly.url);
  await run('  idempotency only', idempotencyOnly.url);
  process.stdout.write(
    `\nPOST /api/v1/bench/notes (no database work of its own; with idempotency each POST is one PostgreSQL transaction: lock + lookup in one call, the handler, insert), ${connections} connections, ${duration}s each, loopback, PostgreSQL, rate limits in ${process.env.REDIS_URL ? 'Redis' : 'process'}\n\n${table(rows)}\n`,
  );
} finally {
  await Promise.all([plain.stop(), hardened.stop(), limitsOnly.stop(), idempotencyOnly.stop()]);
}
