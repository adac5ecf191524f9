import type { CommandContext } from './context';

/** `nexova migrate`: applies pending migrations (a no-op when there are none) and prints the status. */
export async function migrateCommand({ io, openDatabase }: CommandContext): Promise<void> {
  const database = await openDatabase();
  try {
    const status = await database.status();
    io.out(`Migrations: ${status.applied}/${status.total} applied on ${database.driver} (latest ${status.latest}).\n`);
  } finally {
    await database.close();
  }
}
