import { benchDatabase, load, startServer, table } from './lib';

// npm run bench:http — GET /health on Nexova (PostgreSQL, full middleware chain) against a bare
// Fastify hello-world, same connections, same duration, loopback, one run.
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_DURATION ?? 10);

const databaseUrl = await benchDatabase('nexova_bench');
const nexova = await startServer(['apps/nexova/src/bin.ts', 'start', '--role', 'api', '--port', '0'], {
  DATABASE_URL: databaseUrl,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  NEXOVA_SEED_DEMO: 'false',
});
const bare = await startServer(['bench/bare-server.ts'], {});

try {
  const results: Record<string, string | number>[] = [];
  for (const [name, server] of [
    ['bare fastify', bare],
    ['nexova', nexova],
  ] as const) {
    await load({ url: `${server.url}/health`, connections, duration: 2 }); // warm-up
    const r = await load({ url: `${server.url}/health`, connections, duration });
    results.push({
      target: name,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p95 ms': r.p95,
      'p99 ms': r.p99,
      errors: r.errors + r.non2xx,
    });
  }
  const ratio = (key: string) => (Number(results[1]?.[key]) / Math.max(Number(results[0]?.[key]), 0.001)).toFixed(2);
  results.push({
    target: 'nexova / bare',
    'req/s': ratio('req/s'),
    'p50 ms': ratio('p50 ms'),
    'p95 ms': ratio('p95 ms'),
    'p99 ms': ratio('p99 ms'),
    errors: '',
  });
  process.stdout.write(
    `\nGET /health, ${connections} connections, ${duration}s each, loopback, Nexova on PostgreSQL (LOG_LEVEL=info: one JSON log line per request)\n\n${table(results)}\n`,
  );
} finally {
  await Promise.all([nexova.stop(), bare.stop()]);
}
