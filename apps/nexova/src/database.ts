import { resolve } from 'node:path';
import type { Config } from '@nexova/config';
import { type DatabaseHandle, MIGRATIONS_FOLDER, openDatabase } from '@nexova/db';
import type { Logger } from '@nexova/observability';
import { bindKms, configuredKms } from '@nexova/privacy';

/** Binds the configured KMS (NEXOVA_SECRET_KEY) to a handle: personal data on it is sealed with it. */
export function bindConfiguredKms<T extends DatabaseHandle>(database: T, config: Config): T {
  bindKms(database.db, configuredKms(config));
  return database;
}

/**
 * Opens the configured database (PGlite in NEXOVA_DATA_DIR/data unless DATABASE_URL is set), with the
 * HTTP API's pool size, or the workers' one for `pool: 'workers'`.
 */
export function openConfiguredDatabase(
  config: Config,
  logger: Logger,
  migrate = true,
  pool: 'api' | 'workers' = 'api',
) {
  return openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATABASE_URL ? undefined : resolve(config.NEXOVA_DATA_DIR, 'data'),
    poolMax: pool === 'api' ? config.DATABASE_POOL_MAX : config.DATABASE_WORKER_POOL_MAX,
    maxPreparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    appRole: config.DATABASE_APP_ROLE,
    migrationsFolder: MIGRATIONS_FOLDER,
    migrate,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    startupWaitMs: config.DATABASE_STARTUP_WAIT_MS,
    pgliteMemory: { sharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB, workMemMb: config.PGLITE_WORK_MEM_MB },
    logger,
  }).then((database) => bindConfiguredKms(database, config));
}

/**
 * The background workers' handle beside the API's in one process: on PostgreSQL a second pool on the
 * same database (DATABASE_WORKER_POOL_MAX), so API traffic cannot starve event consumers of
 * connections — with one shared pool, 200 customers polling their checkout kept the saga's consumer
 * waiting up to a second for each transaction. PGlite has one connection: the same handle, whose
 * close() is left to its owner.
 */
export async function openWorkerDatabase(
  api: DatabaseHandle,
  open: () => Promise<DatabaseHandle>,
): Promise<DatabaseHandle> {
  if (api.driver !== 'pg') return { ...api, close: async () => {} };
  return open();
}
