import type { Config } from '@nexova/config';
import { systemContext } from '@nexova/kernel';
import type { Logger } from '@nexova/observability';
import { openConfiguredDatabase } from '../database';
import { composeNexova } from '../modules';
import { runSeeders } from '../seed';

/** `nexova seed`: creates the demo workspace and admin user if missing (idempotent) and prints them. */
export async function seedCommand(config: Config, logger: Logger): Promise<void> {
  const database = await openConfiguredDatabase(config, logger, true);
  try {
    const lines = await runSeeders(
      { ...systemContext(), db: database.db },
      composeNexova({ config, logger, database }),
    );
    process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : 'Nothing to seed.\n');
  } finally {
    await database.close();
  }
}
