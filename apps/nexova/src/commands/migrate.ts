import type { Config } from '@nexova/config';
import type { Logger } from '@nexova/observability';
import { openConfiguredDatabase } from '../database';

/** `nexova migrate`: applies pending migrations (a no-op when there are none) and prints the status. */
export async function migrateCommand(config: Config, logger: Logger): Promise<void> {
  const database = await openConfiguredDatabase(config, logger, true);
  try {
    const status = await database.status();
    process.stdout.write(
      `Migrations: ${status.applied}/${status.total} applied on ${database.driver} (latest ${status.latest}).\n`,
    );
  } finally {
    await database.close();
  }
}
