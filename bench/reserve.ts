import { type AppContext, MIGRATIONS_FOLDER, openDatabase } from '@nexova/db';
import { adjustStock, releaseReservation, reserveStock } from '@nexova/inventory';
import { newId, systemContext } from '@nexova/kernel';
import { benchDatabase, table } from './lib';

// npm run bench:reserve — stock reservations on PostgreSQL through the use-cases (no HTTP yet):
// throughput and latency of reserve (+release) with CONCURRENCY callers, spread over many variants
// and all on one hot row; then a sell-out race that must sell exactly the units on hand.
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 64);
const duration = Number(process.env.BENCH_DURATION ?? 10) * 1000;
const poolMax = Number(process.env.BENCH_POOL ?? 32);

const url = await benchDatabase('nexova_bench_reserve');
const database = await openDatabase({
  url,
  appRole: 'nexova_app',
  migrationsFolder: MIGRATIONS_FOLDER,
  migrate: true,
  poolMax,
});
const ctx: AppContext = { ...systemContext(newId()), db: database.db };

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function stock(variants: number, units: number) {
  const ids = Array.from({ length: variants }, () => newId());
  for (const variantId of ids) await adjustStock({ ctx, input: { variantId, delta: units, reason: 'bench' } });
  return ids;
}

async function scenario(name: string, ids: string[], linesPer: number) {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + duration;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const lines = Array.from({ length: linesPer }, () => ({
          variantId: ids[Math.floor(Math.random() * ids.length)] as string,
          quantity: 1,
        }));
        const t0 = performance.now();
        try {
          const r = await reserveStock({ ctx, input: { lines } });
          latencies.push(performance.now() - t0);
          await releaseReservation({ ctx, input: { reservationId: r.id } });
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    scenario: name,
    'reserves/s': Math.round(latencies.length / (duration / 1000)),
    'p50 ms': pct(latencies, 0.5).toFixed(1),
    'p95 ms': pct(latencies, 0.95).toFixed(1),
    'p99 ms': pct(latencies, 0.99).toFixed(1),
    errors,
  };
}

try {
  const rows: Record<string, string | number>[] = [];
  rows.push(await scenario('200 variants, 1-3 lines', await stock(200, 1_000_000), 2));
  rows.push(await scenario('1 hot variant, 1 line', await stock(1, 1_000_000), 1));
  const [scarce] = await stock(1, 500);
  const t0 = performance.now();
  const race = await Promise.allSettled(
    Array.from({ length: 2000 }, () =>
      reserveStock({ ctx, input: { lines: [{ variantId: scarce as string, quantity: 1 }] } }),
    ),
  );
  const sold = race.filter((r) => r.status === 'fulfilled').length;
  rows.push({
    scenario: `race: 2000 buyers, 500 units -> ${sold} sold`,
    'reserves/s': Math.round(2000 / ((performance.now() - t0) / 1000)),
    'p50 ms': '',
    'p95 ms': '',
    'p99 ms': '',
    errors: sold === 500 ? 0 : 1,
  });
  console.log(
    `\nreservations, PostgreSQL, ${concurrency} concurrent callers, pool ${poolMax}, ${duration / 1000}s per scenario (reserve latency; each reservation is then released)\n`,
  );
  console.log(table(rows));
  if (sold !== 500) process.exitCode = 1;
} finally {
  await database.close();
}
