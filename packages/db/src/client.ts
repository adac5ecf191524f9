import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { ensureAppRole, grantAppRole, setRoleStatement } from './app-role';
import { type Availability, type AvailabilityLogger, alwaysReachable, trackAvailability } from './availability';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { type DataDirState, dataDirState } from './data-dir-state';
import { type MigrationStatus, migrationStatus } from './migrations';
import { notifyWithCommit } from './notify';
import { createPool } from './pg-pool';
import { guardNestedQueries } from './pglite-guard';
import { batchPoolStatements } from './statement-batch';
import { countPgliteStatements, countPoolStatements, type StatementCount } from './statement-count';
import type { Database, Driver } from './types';
import { isDatabaseUnavailable } from './unavailable';

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
  /** PostgreSQL: how long a query waits for a connection before failing (503). Default 15 s. */
  connectTimeoutMs?: number;
  /** PostgreSQL: how long opening keeps retrying while the server is unreachable. Default 0 (fail at once). */
  startupWaitMs?: number;
  /** Where outages (and waiting for the server at startup) are reported: one line each way. */
  logger?: AvailabilityLogger;
  /** PGlite folder only: what this process is doing, recorded in the folder's exclusive lock. */
  lockCommand?: string;
  /** PostgreSQL: named prepared statements kept per connection (0: every statement unnamed, e.g. behind PgBouncer < 1.21 in transaction mode). Default 500 (DATABASE_PREPARED_STATEMENTS). */
  maxPreparedStatements?: number;
  /** PGlite only: PostgreSQL memory settings in MB (absent: PGlite's own, 128 MB of shared_buffers). */
  pgliteMemory?: { sharedBuffersMb: number; workMemMb: number };
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
  /** Whether the database answers (PostgreSQL: tracked across outages; PGlite: always). */
  availability: Availability;
  /** The PostgreSQL `pg` pool when the driver is pg (LISTEN/NOTIFY, tools). */
  pool?: pg.Pool;
  url?: string;
  /** The embedded data folder's exclusive lock, held until close(). */
  lock?: DataDirLock;
  /** Statements sent through this handle (not asOwner's, not migrations'): `nexova_db_statements_total`. */
  statements: StatementCount;
  /** The embedded data folder's recorded facts (what a start may skip next time); absent on PostgreSQL and in memory. */
  state?: DataDirState;
};

/**
 * PGlite and its drizzle driver, loaded only when an embedded database is opened: a process on
 * PostgreSQL never needs them (≈ 6 MB of RSS at start, issue 11).
 */
async function pgliteModules() {
  const [{ PGlite }, { drizzle }, { migrate }, extensions] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
    loadPgliteExtensions(),
  ]);
  return { PGlite, drizzle, migrate, extensions };
}

/** Extensions every PGlite database loads (migration 0000 creates them). */
export async function loadPgliteExtensions() {
  const [{ pg_trgm }, { btree_gist }] = await Promise.all([
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/btree_gist'),
  ]);
  return { pg_trgm, btree_gist };
}

/** A lock key shared by every process migrating the same database, so replicas starting together queue. */
const MIGRATION_LOCK = 727_001;

/** PGlite's start arguments plus `-c` memory settings (`postgres -c` as on a server; they need a restart). */
function pgliteStartParams(defaults: readonly string[], memory: DatabaseOptions['pgliteMemory']): string[] | undefined {
  if (!memory) return undefined;
  const { sharedBuffersMb, workMemMb } = memory;
  // maintenance_work_mem (index builds in migrations): PostgreSQL's 64 MB is more than a small shop's indexes need.
  const settings = [`shared_buffers=${sharedBuffersMb}MB`, `work_mem=${workMemMb}MB`, 'maintenance_work_mem=16MB'];
  return [...defaults, ...settings.flatMap((setting) => ['-c', setting])];
}

/** What a migrated and granted folder records: the migration journal, the app role and the grants applied. */
function schemaKey(options: DatabaseOptions): string {
  const journal = readFileSync(join(options.migrationsFolder, 'meta', '_journal.json'));
  const grants = [ensureAppRole, grantAppRole].map((f) => f.toString()).join('\n');
  return createHash('sha256').update(journal).update(`\n${options.appRole}\n${grants}`).digest('hex');
}

async function openPglite(options: DatabaseOptions): Promise<DatabaseHandle> {
  let lock: DataDirLock | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // Two processes writing one PGlite folder corrupt it (and hung the server, issue 9).
    lock = lockDataDir(options.dataDir, options.lockCommand ?? process.argv.slice(2).join(' '));
  }
  let client: PGlite;
  const { PGlite: Pglite, drizzle: drizzlePglite, migrate: migratePglite, extensions } = await pgliteModules();
  try {
    client = await Pglite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions,
      startParams: pgliteStartParams(Pglite.defaultStartParams, options.pgliteMemory),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const statements: StatementCount = { sent: 0 };
  countPgliteStatements(client, statements); // first, so the guard's refusals are not counted
  guardNestedQueries(client);
  const db = drizzlePglite(client, { casing: 'snake_case' }) as unknown as Database;
  const exec = (statement: string) => client.exec(statement);
  const state = options.dataDir ? dataDirState(options.dataDir) : undefined;
  // A folder whose recorded schema key matches was migrated and granted with this very journal and
  // role: nothing to apply (checking costs ~0.6 s of CPU on every start). A new migration changes the key.
  const key = schemaKey(options);
  if (state?.read('schema') !== key) {
    if (options.migrate) {
      await migratePglite(drizzlePglite(client), { migrationsFolder: options.migrationsFolder });
    }
    await ensureAppRole(exec, options.appRole);
    await grantAppRole(exec, options.appRole);
    if (options.migrate) state?.write('schema', key);
  }
  await client.exec(setRoleStatement(options.appRole));
  return {
    db,
    driver: 'pglite',
    lock,
    state,
    statements,
    availability: alwaysReachable,
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

/** A client of its own (migrations, owner tools): its query fails if the connection drops; the 'error' event must not end the process. */
async function ownClient(options: DatabaseOptions & { url: string }): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: options.url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 15_000,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

async function migrateWithLock(options: DatabaseOptions & { url: string }): Promise<void> {
  const client = await ownClient(options);
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

/** Migrates, retrying while the server is unreachable until `startupWaitMs` has passed (a database starting beside us). */
async function migrateWhenReachable(options: DatabaseOptions & { url: string }): Promise<void> {
  const deadline = Date.now() + (options.startupWaitMs ?? 0);
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateWithLock(options);
      if (attempt > 1) options.logger?.info({ attempts: attempt }, 'database reachable; starting');
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() >= deadline) throw error;
      if (attempt === 1) {
        options.logger?.warn(
          { err: error, waitMs: options.startupWaitMs },
          'database unreachable at startup; retrying until it answers',
        );
      }
      const pause = Math.min(5000, 250 * 2 ** Math.min(attempt - 1, 5), Math.max(0, deadline - Date.now()));
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

async function openPg(options: DatabaseOptions & { url: string }): Promise<DatabaseHandle> {
  await migrateWhenReachable(options);
  let availability: Availability = alwaysReachable;
  const pool = createPool(
    {
      url: options.url,
      max: options.poolMax ?? 20,
      appRole: options.appRole,
      connectTimeoutMs: options.connectTimeoutMs ?? 15_000,
    },
    () => availability,
  );
  const statements: StatementCount = { sent: 0 };
  countPoolStatements(pool, statements);
  batchPoolStatements(pool, { maxPrepared: options.maxPreparedStatements ?? 500 }); // after the counter: it counts what is sent
  availability = trackAvailability(() => pool.query('select 1'), options.logger);
  const db = drizzlePg(pool, { casing: 'snake_case' }) as unknown as Database;
  // notifyAfterCommit: right after the commit, in its round trip (notify.ts).
  notifyWithCommit(db);
  let closing: Promise<void> | null = null;
  return {
    db,
    driver: 'pg',
    pool,
    statements,
    url: options.url,
    availability,
    ping: async () => {
      try {
        await db.execute(sql`select 1`);
      } catch (error) {
        availability.report(error);
        throw error;
      }
    },
    status: () => migrationStatus(db, options.migrationsFolder),
    close: () => {
      availability.close();
      closing ??= pool.end();
      return closing;
    },
    asOwner: async (fn) => {
      const client = await ownClient(options);
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
