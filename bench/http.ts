import { benchDatabase, load, startServer, table } from './lib';

// npm run bench:http — GET /health on Nexova (PostgreSQL, `start --role api`) against a bare
// Fastify hello-world, same connections, same duration, loopback, alternating rounds (BENCH_ROUNDS).
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
  // The machine is shared: the two targets take turns for `rounds` rounds and each reports its
  // median round, so a burst of someone else's load does not land on one side only.
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const targets = [
    ['bare fastify', bare],
    ['nexova', nexova],
  ] as const;
  for (const [, server] of targets) await load({ url: `${server.url}/health`, connections, duration: 2 }); // warm-up
  const runs: Awaited<ReturnType<typeof load>>[][] = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, [, server]] of targets.entries()) {
      runs[i]?.push(await load({ url: `${server.url}/health`, connections, duration }));
    }
  }
  const results: Record<string, string | number>[] = targets.map(([name], i) => {
    const sorted = [...(runs[i] ?? [])].sort((a, b) => a.rps - b.rps);
    const r = sorted[Math.floor(sorted.length / 2)] as Awaited<ReturnType<typeof load>>;
    return {
      target: name,
      'req/s': Math.round(r.rps),
      'p50 ms': r.p50,
      'p95 ms': r.p95,
      'p99 ms': r.p99,
      errors: r.errors + r.non2xx,
      rounds: sorted.map((x) => Math.round(x.rps)).join(' '),
    };
  });
  const ratio = (key: string) => (Number(results[1]?.[key]) / Math.max(Number(results[0]?.[key]), 0.001)).toFixed(2);
  results.push({
    target: 'nexova / bare',
    'req/s': ratio('req/s'),
    'p50 ms': ratio('p50 ms'),
    'p95 ms': ratio('p95 ms'),
    'p99 ms': ratio('p99 ms'),
    errors: '',
    rounds: '',
  });
  process.stdout.write(
    `\nGET /health, ${connections} connections, ${duration}s each, median of ${rounds} alternating rounds, loopback, Nexova on PostgreSQL (LOG_LEVEL=info; /health writes no log line)\n\n${table(results)}\n`,
  );
} finally {
  await Promise.all([nexova.stop(), bare.stop()]);
}
