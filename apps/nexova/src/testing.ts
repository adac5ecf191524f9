import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, parseConfig } from '@nexova/config';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { buildNexova } from './compose';

export type TestApp = Awaited<ReturnType<typeof buildNexova>> & {
  database: TestDatabase;
  config: Config;
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
 * closes only the app.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { sharing?: TestApp } = {},
): Promise<TestApp> {
  const shared = options.sharing?.database;
  const database = shared ?? (await createTestDatabase());
  // Each test app gets its own data folder (the .eml mail drop lives there).
  const dataDir = mkdtempSync(join(tmpdir(), 'nexova-test-'));
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEXOVA_SEED_DEMO: 'false',
    NEXOVA_DATA_DIR: dataDir,
    // Every request of a suite comes from one IP and a handful of users: quotas sized for a
    // test run, not a public API. Suites that test the limits set their own values.
    ...TEST_QUOTAS,
    ...env,
  });
  const app = await buildNexova({
    config,
    logger: createLogger(config.LOG_LEVEL),
    database,
    metrics: createMetricsRegistry({ defaultMetrics: false }),
  });
  await app.ready();
  return Object.assign(app, {
    database,
    config,
    dispose: async () => {
      await app.close();
      if (!shared) await database.dispose();
    },
  });
}
