import { parseConfig } from '@nexova/config';
import { type DatabaseHandle, MIGRATIONS_FOLDER, openDatabase, withTransaction } from '@nexova/db';
import { defineConsumer, defineEvent, publish } from '@nexova/events';
import { newId, systemContext } from '@nexova/kernel';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { composeNexova } from '../../src/modules';
import { createWorkers, type Worker } from '../../src/workers';

// An idle worker is quiet: every loop of `--role worker` waits on LISTEN (a commit wakes it), so on
// a fresh database with the idle fallback set far away, the workers' pool sends (almost) nothing
// while nothing happens — and an event published afterwards is still handled at once.

const idleProbed = defineEvent({
  type: 'probe.idle.happened',
  version: 1,
  aggregate: 'probe',
  description: 'Idle-worker probe event (tests only).',
  payload: z.object({}),
});

const handled = new Map<string, () => void>();
const idleProbe = defineConsumer({
  name: 'idle-probe',
  events: [idleProbed],
  async handle({ event }) {
    handled.get(event.aggregate.id)?.();
  },
});

describe('an idle worker on PostgreSQL', () => {
  let database: TestDatabase;
  let workerDatabase: DatabaseHandle;
  let workers: Worker[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = parseConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      NEXOVA_SEED_DEMO: 'false',
      EVENTS_IDLE_POLL_MS: '600000',
    });
    workerDatabase = await openDatabase({
      url: database.url,
      appRole: config.DATABASE_APP_ROLE,
      migrationsFolder: MIGRATIONS_FOLDER,
      poolMax: config.DATABASE_WORKER_POOL_MAX,
    });
    const deps = {
      config,
      logger: createLogger(config.LOG_LEVEL),
      database: workerDatabase,
      metrics: createMetricsRegistry({ defaultMetrics: false }),
    };
    const composition = composeNexova(deps);
    workers = createWorkers(deps, { ...composition, consumers: [...composition.consumers, idleProbe] });
    for (const worker of workers) await worker.start();
  });
  afterAll(async () => {
    for (const worker of [...workers].reverse()) await worker.stop();
    await workerDatabase?.close();
    await database?.dispose();
  });

  it('sends at most a few statements in seconds of idleness, and still handles a new event at once', async () => {
    // Settled: the start-up passes (catch-up, first sweeps) are over once the count stops moving.
    let last = -1;
    await vi.waitFor(
      () => {
        const now = workerDatabase.statements.sent;
        const settled = now === last;
        last = now;
        if (!settled) throw new Error('still starting');
      },
      { timeout: 20_000, interval: 1000 },
    );
    const before = workerDatabase.statements.sent;
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the window counted, not timed
    expect(workerDatabase.statements.sent - before).toBeLessThanOrEqual(3);

    // The probe consumer waits on LISTEN with a 10-minute fallback: only the NOTIFY can wake it.
    const aggregateId = newId();
    const done = new Promise<void>((resolve) => handled.set(aggregateId, resolve));
    await withTransaction({ ...systemContext(null, 'test'), db: database.db }, (t) =>
      publish(t, idleProbed, { aggregateId, payload: {} }),
    );
    await done;
  }, 60_000);
});
