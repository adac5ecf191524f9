import { type DatabaseHandle, MIGRATIONS_FOLDER, openDatabase } from '@nexova/db';
import pg from 'pg';
import { pgliteTemplate } from './pglite-template';
import { services } from './services';

export type TestDatabase = DatabaseHandle & { name: string; dispose(): Promise<void> };

const APP_ROLE = 'nexova_app';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by DATABASE_URL (dropped on dispose).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!services.postgresUrl) {
    const handle = await openDatabase({
      appRole: APP_ROLE,
      migrationsFolder: MIGRATIONS_FOLDER,
      migrate: true, // a no-op on the migrated template, but proves it is current
      loadDataDir: await pgliteTemplate(),
    });
    return { ...handle, name: 'pglite:memory', dispose: () => handle.close() };
  }
  const admin = new URL(services.postgresUrl);
  const name = `nexova_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect().catch((error: Error) => {
    throw new Error(`PostgreSQL at ${admin.host} is unreachable (DATABASE_URL): ${error.message}`);
  });
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  const handle = await openDatabase({
    url: url.toString(),
    appRole: APP_ROLE,
    migrationsFolder: MIGRATIONS_FOLDER,
    migrate: true,
    poolMax: 10,
  });
  return {
    ...handle,
    name,
    dispose: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
