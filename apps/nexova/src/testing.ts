import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, parseConfig } from '@nexova/config';
import { MIGRATIONS_FOLDER, openDatabase } from '@nexova/db';
import { deleteNatsStreams } from '@nexova/events';
import type { NexovaModule } from '@nexova/module';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { buildNexova } from './compose';
import { openWorkerDatabase } from './database';
import { type Composition, composeNexova, type Runtimes } from './modules';
import { createWorkers } from './workers';

export type TestApp = Awaited<ReturnType<typeof buildNexova>> & {
  database: TestDatabase;
  config: Config;
  /** The app's runtimes (identity's keys and mailer, payments' providers): pass them to use-cases that take one. */
  runtimes: Runtimes;
  composition: Composition;
  dispose(): Promise<void>;
};

const TEST_QUOTAS = {
  RATE_LIMIT_IP: '1000000',
  RATE_LIMIT_AUTH: '1000000',
  RATE_LIMIT_USER_POINTS: '100000000',
  RATE_LIMIT_WORKSPACE_POINTS: '100000000',
  LOGIN_MAX_FAILURES: '1000',
};

/**
 * The whole application over a fresh database (PGlite, or PostgreSQL when DATABASE_URL is set),
 * driven through app.inject(). One per test file; each test creates its own workspace.
 * `sharing`: a second instance (another API replica) over the first one's database; disposing it
 * closes only the app. `modules`: probe modules (a test's consumers) composed beside Nexova's.
 * `logStream`: where the app's and workers' log lines go (at LOG_LEVEL, `debug` unless env sets it).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { workers?: boolean; sharing?: TestApp; modules?: NexovaModule[]; logStream?: NodeJS.WritableStream } = {},
): Promise<TestApp> {
  const shared = options.sharing?.database;
  const database = shared ?? (await createTestDatabase());
  // Each test app gets its own data folder (the .eml mail drop lives there).
  const dataDir = mkdtempSync(join(tmpdir(), 'nexova-test-'));
  // Workers ride JetStream when the run has NATS_URL (CI's NATS step), each app on its own streams.
  const nats =
    options.workers && process.env.NATS_URL
      ? { NATS_URL: process.env.NATS_URL, NATS_PREFIX: `t${randomUUID().replace(/-/g, '').slice(0, 12)}` }
      : {};
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: options.logStream ? 'debug' : 'silent',
    NEXOVA_SEED_DEMO: 'false',
    NEXOVA_DATA_DIR: dataDir,
    // Every request of a suite comes from one IP and a handful of users: quotas sized for a
    // test run, not a public API. Suites that test the limits set their own values.
    ...TEST_QUOTAS,
    ...nats,
    ...env,
  });
  const deps = {
    config,
    logger: createLogger(config.LOG_LEVEL, options.logStream),
    database,
    metrics: createMetricsRegistry({ defaultMetrics: false }),
  };
  const composition = composeNexova(deps, options.modules);
  const app = await buildNexova(deps, composition);
  await app.ready();
  // With `workers`, the process also runs what `--role worker` runs: consumers (the checkout saga),
  // timers and sweepers, on the configured transport.
  // On PostgreSQL the workers get their own pool, as in `nexova start` (see openWorkerDatabase).
  const workerDatabase = options.workers
    ? await openWorkerDatabase(database, () =>
        openDatabase({
          url: database.url,
          appRole: config.DATABASE_APP_ROLE,
          migrationsFolder: MIGRATIONS_FOLDER,
          poolMax: config.DATABASE_WORKER_POOL_MAX,
        }),
      )
    : database;
  const workers = options.workers ? createWorkers({ ...deps, database: workerDatabase }, composition) : [];
  for (const worker of workers) await worker.start();
  return Object.assign(app, {
    database,
    config,
    runtimes: composition.runtimes,
    composition,
    dispose: async () => {
      for (const worker of [...workers].reverse()) await worker.stop();
      if (workerDatabase !== database) await workerDatabase.close();
      await app.close();
      if (!shared) await database.dispose();
      if (config.NATS_URL && 'NATS_PREFIX' in nats) await deleteNatsStreams(config.NATS_URL, config.NATS_PREFIX);
    },
  });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A caller of the API through inject(): `/api/v1` prefixed, the caller's headers, and a fresh
 * Idempotency-Key on every POST (module tests share it instead of each writing its own).
 */
export function apiClient(app: TestApp, headers: Record<string, string>) {
  return (method: Method, url: string, payload?: unknown, extra: Record<string, string> = {}) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...extra },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}
export type ApiCall = ReturnType<typeof apiClient>;
