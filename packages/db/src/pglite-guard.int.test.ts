import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './client';
import { DataDirLockedError, readDataDirLock } from './data-dir-lock';
import { MIGRATIONS_FOLDER } from './paths';
import { NestedQueryError } from './pglite-guard';
import { queryRows } from './rows';
import { withTransaction } from './transaction';

// The embedded database's two ways to hang (issue 9): a query outside the open transaction of its
// own call chain, and a second process opening the same folder. Both must fail at once, loudly.
const folder = mkdtempSync(join(tmpdir(), 'nexova-guard-'));
const dataDir = join(folder, 'data');
let database: DatabaseHandle;

beforeAll(async () => {
  database = await openDatabase({ dataDir, appRole: 'nexova_app', migrationsFolder: MIGRATIONS_FOLDER, migrate: true });
});
afterAll(async () => {
  await database?.close();
  rmSync(folder, { recursive: true, force: true });
});

// Drizzle wraps a failed statement ("Failed query: …") with the driver's error as its cause.
const isGuard = (e: unknown) => e instanceof NestedQueryError || (e as Error).cause instanceof NestedQueryError;
const ctx = () => ({ ...systemContext(null), db: database.db });

describe('PGlite nested-query guard', () => {
  it('rejects a query on the root database from inside a transaction instead of waiting forever', async () => {
    const attempt = withTransaction(ctx(), async (t) => {
      await t.tx.execute(sql`select 1`);
      await t.db.execute(sql`select 2`); // the mistake: not through t.tx
    });
    await expect(attempt).rejects.toSatisfy(isGuard);
    const nested = withTransaction(ctx(), () => database.db.transaction(async () => undefined));
    await expect(nested).rejects.toSatisfy(isGuard);
    // The connection is free again: the failed transactions rolled back.
    expect(await queryRows(database.db, sql`select 3 as n`)).toEqual([{ n: 3 }]);
  });

  it('lets concurrent callers queue: only the transaction’s own call chain is refused', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const tx = withTransaction(ctx(), async (t) => {
      await held;
      return queryRows(t.tx, sql`select 'tx' as who`);
    });
    const outside = queryRows(database.db, sql`select 'outside' as who`); // another request: waits its turn
    release();
    expect(await tx).toEqual([{ who: 'tx' }]);
    expect(await outside).toEqual([{ who: 'outside' }]);
  });
});

describe('data folder lock', () => {
  it('refuses a second process on the folder, naming the holder, and frees it on close', async () => {
    expect(readDataDirLock(dataDir)).toBeNull(); // this process holds it: not "another" holder
    const script = `
      import('${new URL('./client.ts', import.meta.url).pathname}').then(async ({ openDatabase }) => {
        try {
          await openDatabase({ dataDir: ${JSON.stringify(dataDir)}, appRole: 'nexova_app', migrationsFolder: ${JSON.stringify(MIGRATIONS_FOLDER)}, lockCommand: 'probe' });
          console.log('opened');
        } catch (e) { console.log(e.name + ': ' + e.message); }
        process.exit(0);
      });`;
    const second = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.on('exit', () => resolve(out.trim()));
    });
    expect(second).toMatch(/^DataDirLockedError: The data folder .* is in use by another Nexova process \(pid \d+/);
    expect(second).toContain(`pid ${process.pid}`);
    expect(new DataDirLockedError(dataDir, { pid: 1, startedAt: '', command: 'start' }).message).toContain('start');
  });
});
