// `npm run bench:events`: for each transport on PostgreSQL, commit-to-handler latency at a steady
// 1,000 events/s and the rate at which a 50,000-event backlog drains (targets: p99 ≤ 100 ms, drain ≥
// 10k events/s). NATS runs when NATS_URL is set (default nats://127.0.0.1:4222; BENCH_NATS=0 skips
// it, BENCH_EMBEDDED=0 skips the embedded one). BENCH_SECONDS and BENCH_BACKLOG shrink it; BENCH_DB names
// its scratch database (default nexova_bench_events), so two runs on one server keep apart.
// BENCH_SQL_TALLY=1 also prints the statements this process sent per event in each phase, by shape;
// for where the CPU goes, run it under `node --cpu-prof --import tsx bench/events.ts` and summarise
// the profile with `node --import tsx bench/cpu-top.ts <file>.cpuprofile`.

import { cpus, loadavg } from 'node:os';
import { MIGRATIONS_FOLDER, openDatabase, withTransaction } from '@nexova/db';
import {
  type ConsumerDefinition,
  createEmbeddedTransport,
  createNatsTransport,
  defineEvent,
  deleteNatsStreams,
  publish,
} from '@nexova/events';
import { newId, systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { benchDatabase, table } from './lib';
import { formatTally, installSqlTally, takeSqlTally } from './sql-tally';

const TALLY = process.env.BENCH_SQL_TALLY === '1';
if (TALLY) installSqlTally();
const tallies: string[] = [];

const RATE = 1000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 50_000);
const BATCH = Number(process.env.EVENTS_BATCH_SIZE ?? 500);
// Events per publishing transaction (this 2-core machine commits ~400-500 single-event transactions/s).
const PER_TX = Number(process.env.BENCH_EVENTS_PER_TX ?? 10);
const NATS_URL = process.env.BENCH_NATS === '0' ? undefined : (process.env.NATS_URL ?? 'nats://127.0.0.1:4222');

const benchEvent = defineEvent({
  type: 'bench.item.happened',
  version: 1,
  aggregate: 'item',
  description: 'Benchmark event.',
  payload: z.object({ n: z.number() }),
});

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function benchTransport(kind: 'embedded' | 'nats') {
  const url = await benchDatabase(process.env.BENCH_DB ?? 'nexova_bench_events');
  const database = await openDatabase({
    url,
    appRole: 'nexova_app',
    migrationsFolder: MIGRATIONS_FOLDER,
    migrate: true,
    poolMax: 20,
  });
  // The transport runs on a pool of its own, as `nexova start` gives its workers (DATABASE_WORKER_POOL_MAX):
  // sharing the publisher's pool would queue every consumer batch behind hundreds of publishes.
  const workers = await openDatabase({ url, appRole: 'nexova_app', migrationsFolder: MIGRATIONS_FOLDER, poolMax: 10 });
  await database.asOwner((db) =>
    db.execute(sql`truncate events.outbox, events.checkpoints, events.inbox, events.retries, events.dead_letters`),
  );
  const committedAt = new Map<string, number>();
  const latencies: number[] = [];
  let handled = 0;
  const consumer: ConsumerDefinition = {
    name: `bench-${kind}`,
    events: [benchEvent],
    async handle({ event }) {
      handled++;
      const at = committedAt.get(event.id);
      if (at !== undefined) {
        latencies.push(performance.now() - at);
        committedAt.delete(event.id);
      }
    },
  };
  const prefix = `bench${newId().replace(/-/g, '').slice(-8)}`;
  const make = () =>
    kind === 'nats'
      ? createNatsTransport({
          url: NATS_URL as string,
          prefix,
          database: workers,
          consumers: [consumer],
          batchSize: BATCH,
          pollIntervalMs: 50,
        })
      : createEmbeddedTransport({ database: workers, consumers: [consumer], batchSize: BATCH, pollIntervalMs: 50 });

  // 1. Steady load: RATE single-event transactions per second, each timed from its commit.
  let transport = make();
  await transport.start();
  takeSqlTally();
  const ctx = { ...systemContext(newId()), db: database.db };
  const total = RATE * SECONDS;
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  let i = 0;
  while (i < total) {
    // Send what the schedule says is due by now, then sleep a tick (timers are too coarse for 1 ms).
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE) + 1);
    for (; i < due; i += PER_TX) {
      const first = i;
      inflight.push(
        (async () => {
          const ids = await withTransaction(ctx, async (t) => {
            const out: string[] = [];
            for (let n = first; n < Math.min(total, first + PER_TX); n++) {
              out.push((await publish(t, benchEvent, { aggregateId: `a${n % 100}`, payload: { n } })).id);
            }
            return out;
          });
          const at = performance.now();
          for (const id of ids) committedAt.set(id, at);
        })(),
      );
    }
    if (inflight.length > 500) await Promise.all(inflight.splice(0));
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(inflight);
  const achieved = total / ((performance.now() - started) / 1000);
  while (handled < total) await new Promise((r) => setTimeout(r, 20));
  await transport.stop();
  if (TALLY)
    tallies.push(`${kind}, steady ${RATE}/s (publisher and consumer) — ${formatTally(takeSqlTally(), total, 'event')}`);
  const sorted = latencies.sort((a, b) => a - b);

  // 2. Backlog: BACKLOG events committed while no consumer runs, then the time to drain them.
  await database.db.execute(sql`insert into events.outbox (id, type, version, workspace_id, aggregate_type, aggregate_id,
      actor_type, actor_id, occurred_at, payload)
    select gen_random_uuid(), 'bench.item.happened', 1, null, 'item', 'b' || (g % 100), 'system', 'bench', now(),
           jsonb_build_object('n', g)
    from generate_series(1, ${BACKLOG}) g`);
  handled = 0;
  takeSqlTally();
  transport = make();
  const drainStart = performance.now();
  await transport.start();
  while (handled < BACKLOG) await new Promise((r) => setTimeout(r, 20));
  const drainSeconds = (performance.now() - drainStart) / 1000;
  await transport.stop();
  if (TALLY) tallies.push(`${kind}, backlog drain (consumer only) — ${formatTally(takeSqlTally(), BACKLOG, 'event')}`);
  await workers.close();
  await database.close();
  if (kind === 'nats') await deleteNatsStreams(NATS_URL as string, prefix);
  return {
    transport: kind,
    'offered/s': Math.round(achieved),
    'p50 ms': pct(sorted, 50).toFixed(1),
    'p95 ms': pct(sorted, 95).toFixed(1),
    'p99 ms': pct(sorted, 99).toFixed(1),
    backlog: BACKLOG,
    'drain s': drainSeconds.toFixed(1),
    'drain events/s': Math.round(BACKLOG / drainSeconds),
  };
}

const loadNow = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
process.stdout.write(`bench:events  ${new Date().toISOString()}  ${cpus().length} cores  load ${loadNow()}\n`);
const rows = [];
if (process.env.BENCH_EMBEDDED !== '0') rows.push(await benchTransport('embedded'));
if (NATS_URL) rows.push(await benchTransport('nats'));
process.stdout.write(
  `Commit-to-handler latency at ${RATE} events/s (${PER_TX} per transaction) for ${SECONDS}s, and drain of a ${BACKLOG}-event backlog (PostgreSQL, batch ${BATCH}; targets p99 ≤ 100 ms, drain ≥ 10,000 events/s):\n${table(rows)}\n${tallies.join('\n')}\n(load at the end ${loadNow()})\n`,
);
process.exit(0);
