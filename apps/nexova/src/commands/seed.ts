import { systemContext } from '@nexova/kernel';
import { composeNexova } from '../modules';
import { runSeeders } from '../seed';
import type { CommandContext } from './context';

/** `nexova seed`: creates the demo workspace and admin user if missing (idempotent) and prints them. */
export async function seedCommand({ config, logger, io, openDatabase }: CommandContext): Promise<void> {
  const database = await openDatabase();
  try {
    const lines = await runSeeders(
      { ...systemContext(), db: database.db },
      composeNexova({ config, logger, database }),
    );
    io.out(lines.length > 0 ? `${lines.join('\n')}\n` : 'Nothing to seed.\n');
  } finally {
    await database.close();
  }
}
