import { resolve } from 'node:path';
import type { Config } from '@nexova/config';
import { MIGRATIONS_FOLDER, openDatabase } from '@nexova/db';
import type { Logger } from '@nexova/observability';

/** Opens the configured database (PGlite in NEXOVA_DATA_DIR/data unless DATABASE_URL is set). */
export function openConfiguredDatabase(config: Config, logger: Logger, migrate = true) {
  return openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATABASE_URL ? undefined : resolve(config.NEXOVA_DATA_DIR, 'data'),
    poolMax: config.DATABASE_POOL_MAX,
    appRole: config.DATABASE_APP_ROLE,
    migrationsFolder: MIGRATIONS_FOLDER,
    migrate,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    startupWaitMs: config.DATABASE_STARTUP_WAIT_MS,
    logger,
  });
}
