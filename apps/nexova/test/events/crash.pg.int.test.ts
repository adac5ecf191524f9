import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { queryRows, withTransaction } from '@nexova/db';
import { deleteNatsStreams, publish } from '@nexova/events';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, services, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A worker process SIGKILLed in the middle of a batch, restarted: no event lost, none applied twice.
// Needs PostgreSQL (two processes share the database); with NATS_URL also on JetStream.

const WORKER = fileURLToPath(new URL('./crash-worker.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const run = newId().replace(/-/g, '').slice(-12);
process.env.CRASH_RUN = run;
const { CRASH_CONSUMER, crashHappened } = await import('./probe-consumer');

function startWorker(env: Record<string, string>): { child: ChildProcess; exit: Promise<unknown>; out: string[] } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  child.stdout?.on('data', (d: Buffer) => out.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => out.push(d.toString()));
  return { child, exit: once(child, 'exit'), out };
}

const TOTAL = 3000;

for (const transport of ['embedded', 'nats'] as const) {
  const enabled = Boolean(services.postgresUrl) && (transport === 'embedded' || Boolean(services.natsUrl));
  if (enabled)
    describe(`crash: worker SIGKILLed mid-batch (${transport} transport, PostgreSQL)`, () => {
      let database: TestDatabase;
      const prefix = `crash${run}${transport === 'nats' ? 'n' : 'e'}`;
      beforeAll(async () => {
        database = await createTestDatabase();
        await database.asOwner(async (db) => {
          await db.execute(sql`create schema if not exists probe`);
          await db.execute(sql`create table probe.applied (n bigserial primary key, consumer text not null,
          event_id uuid not null, aggregate text not null, seq int not null)`);
          await db.execute(sql`grant usage on schema probe to nexova_app`);
          await db.execute(sql`grant select, insert on all tables in schema probe to nexova_app`);
          await db.execute(sql`grant usage, select on all sequences in schema probe to nexova_app`);
        });
      });
      afterAll(async () => {
        await database?.dispose();
        if (transport === 'nats' && services.natsUrl) await deleteNatsStreams(services.natsUrl, prefix);
      });

      const applied = async () => {
        const [row] = await queryRows<{ n: number; distinct_ids: number }>(
          database.db,
          sql`select count(*)::int as n, count(distinct event_id)::int as distinct_ids from probe.applied`,
        );
        return row ?? { n: 0, distinct_ids: 0 };
      };
      const waitApplied = async (atLeast: number, timeoutMs: number) => {
        const deadline = Date.now() + timeoutMs;
        while ((await applied()).n < atLeast) {
          if (Date.now() > deadline) throw new Error(`only ${(await applied()).n} of ${atLeast} applied in time`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };

      it('no event lost and none applied twice', async () => {
        const ctx = { ...systemContext(newId()), db: database.db };
        for (let i = 0; i < TOTAL; i += 500) {
          await withTransaction(ctx, async (t) => {
            for (let k = i; k < i + 500; k++) {
              await publish(t, crashHappened, { aggregateId: `agg-${k % 7}`, payload: { seq: k } });
            }
          });
        }
        const env = {
          DATABASE_URL: database.url as string,
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          NEXOVA_SEED_DEMO: 'false',
          CRASH_RUN: run,
          EVENTS_BATCH_SIZE: '200',
          EVENTS_POLL_INTERVAL_MS: '50',
          // What the killed worker had fetched comes back after the ack wait: short, so the test is too.
          ...(transport === 'nats'
            ? { NATS_URL: services.natsUrl as string, NATS_PREFIX: prefix, NATS_ACK_WAIT_MS: '3000' }
            : {}),
        };
        const first = startWorker(env);
        await waitApplied(400, 60_000);
        first.child.kill('SIGKILL');
        await first.exit;
        const atKill = await applied();
        expect(atKill.n).toBeLessThan(TOTAL); // killed mid-stream
        expect(atKill.n).toBe(atKill.distinct_ids);

        const second = startWorker(env);
        try {
          await waitApplied(TOTAL, 120_000);
          await new Promise((r) => setTimeout(r, 1000));
        } finally {
          second.child.kill('SIGTERM');
          await second.exit;
        }
        const final = await applied();
        expect(final).toEqual({ n: TOTAL, distinct_ids: TOTAL });
        const [seqs] = await queryRows<{ n: number }>(
          database.db,
          sql`select count(distinct seq)::int as n from probe.applied where consumer = ${CRASH_CONSUMER}`,
        );
        expect(seqs?.n).toBe(TOTAL);
      }, 300_000); // two worker processes started in turn on a shared 2-core machine
    });
}
