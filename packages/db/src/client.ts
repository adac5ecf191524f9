import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { ensureAppRole, grantAppRole, setRoleStatement } from './app-role';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { type MigrationStatus, migrationStatus } from './migrations';
import { deferNotifications } from './notify';
import { guardNestedQueries } from './pglite-guard';
import type { Database, Driver } from './types';

export type DatabaseOptions = {
  /** postgres:// URL; when absent, embedded PGlite. */
  url?: string;
  /** PGlite data folder; absent means in memory (tests). */
  dataDir?: string;
  /** PGlite only: start from a dumped data directory (the test harness's migrated template). */
  loadDataDir?: Blob;
  poolMax?: number;
  appRole: string;
  migrationsFolder: string;
  /** Apply pending migrations before the application role takes over. */
  migrate?: boolean;
  onPoolError?: (error: Error) => void;
  /** PGlite folder only: what this process is doing, recorded in the folder's exclusive lock. */
  lockCommand?: string;
};

export type DatabaseHandle = {
  db: Database;
  driver: Driver;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  status(): Promise<MigrationStatus>;
  close(): Promise<void>;
  /** Runs SQL as the connecting (owner) user — tests and tooling only, never request handling. */
  asOwner<T>(fn: (db: Database) => Promise<T>): Promise<T>;
  /** The PostgreSQL `pg` pool when the driver is pg (LISTEN/NOTIFY, tools). */
  pool?: pg.Pool;
  url?: string;
  /** The embedded data folder's exclusive lock, held until close(). */
  lock?: DataDirLock;
};

/** Extensions every PGlite database loads (migration 0000 creates them). */
export const pgliteExtensions = { pg_trgm };

/** A lock key shared by every process migrating the same database, so replicas starting together queue. */
const MIGRATION_LOCK = 727_001;

async function openPglite(options: DatabaseOptions): Promise<DatabaseHandle> {
  let lock: DataDirLock | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // Two processes writing one PGlite folder corrupt it (and hung the server, issue 9).
    lock = lockDataDir(options.dataDir, options.lockCommand ?? process.argv.slice(2).join(' '));
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: pgliteExtensions,
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  guardNestedQueries(client);
  const db = drizzlePglite(client, { casing: 'snake_case' }) as unknown as Database;
  const exec = (statement: string) => client.exec(statement);
  if (options.migrate) {
    await migratePglite(drizzlePglite(client), { migrationsFolder: options.migrationsFolder });
  }
  await ensureAppRole(exec, options.appRole);
  await grantAppRole(exec, options.appRole);
  await client.exec(setRoleStatement(options.appRole));
  return {
    db,
    driver: 'pglite',
    lock,
    ping: async () => {
      await client.query('select 1');
    },
    status: () => migrationStatus(db, options.migrationsFolder),
    close: async () => {
      if (!client.closed) await client.close();
      lock?.release();
    },
    asOwner: async (fn) => {
      await client.exec('RESET ROLE');
      try {
        return await fn(db);
      } finally {
        await client.exec(setRoleStatement(options.appRole));
      }
    },
  };
}

async function migrateWithLock(options: DatabaseOptions & { url: string }): Promise<void> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    if (options.migrate) await migratePg(drizzlePg(client), { migrationsFolder: options.migrationsFolder });
    const exec = (statement: string) => client.query(statement);
    await ensureAppRole(exec, options.appRole);
    await grantAppRole(exec, options.appRole);
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    await client.end();
  }
}

async function openPg(options: DatabaseOptions & { url: string }): Promise<DatabaseHandle> {
  await migrateWithLock(options);
  // Every pooled connection starts as the application role (a startup parameter, so no query can
  // run before it takes effect).
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 20,
    options: `-c role=${options.appRole}`,
  });
  pool.on('error', (error) => options.onPoolError?.(error));
  const db = drizzlePg(pool, { casing: 'snake_case' }) as unknown as Database;
  // notifyAfterCommit: after the commit, outside it; the NOTIFY's own commit need not wait for a flush.
  deferNotifications(db, (channel) =>
    pool.query("select set_config('synchronous_commit', 'off', true), pg_notify($1, '')", [channel]),
  );
  let closing: Promise<void> | null = null;
  return {
    db,
    driver: 'pg',
    pool,
    url: options.url,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    status: () => migrationStatus(db, options.migrationsFolder),
    close: () => {
      closing ??= pool.end();
      return closing;
    },
    asOwner: async (fn) => {
      const client = new pg.Client({ connectionString: options.url });
      await client.connect();
      try {
        return await fn(drizzlePg(client, { casing: 'snake_case' }) as unknown as Database);
      } finally {
        await client.end();
      }
    },
  };
}

/** Opens the database for the configured driver, migrating first when asked. */
export function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url ? openPg({ ...options, url: options.url }) : openPglite(options);
}
