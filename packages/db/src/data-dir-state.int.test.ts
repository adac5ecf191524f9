import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { dataDirState } from './data-dir-state';
import { MIGRATIONS_FOLDER } from './paths';
import { queryRows } from './rows';

// An embedded folder records the migration journal and role it was migrated and granted with; a start
// that finds the same key skips migrating and granting (issue 11), and a new migration still applies.
const root = mkdtempSync(join(tmpdir(), 'nexova-state-'));
const migrationsFolder = join(root, 'migrations');
cpSync(MIGRATIONS_FOLDER, migrationsFolder, { recursive: true });
const options = { dataDir: join(root, 'data'), appRole: 'nexova_app', migrationsFolder, migrate: true };

afterAll(() => rmSync(root, { recursive: true, force: true }));

function addMigration(tag: string, statements: string[]) {
  const journalFile = join(migrationsFolder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries.push({ idx: journal.entries.length, version: '7', when: Date.now(), tag, breakpoints: true });
  writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  writeFileSync(join(migrationsFolder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
}

describe('the data folder state (skipping migrate and grants on a warm start)', () => {
  it('records the key, skips the work while it matches, and applies and grants a new migration', async () => {
    const first = await openDatabase(options);
    await first.close();
    const recorded = dataDirState(options.dataDir).read('schema');
    expect(recorded).toMatch(/^[0-9a-f]{64}$/);

    // Same journal and role: nothing is re-applied — a grant revoked by hand stays revoked.
    const owner = await openDatabase(options);
    await owner.asOwner((db) => db.execute(sql`revoke usage on schema catalog from nexova_app`));
    await owner.close();
    const warm = await openDatabase(options);
    await expect(warm.db.execute(sql`select 1 from catalog.products limit 1`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/permission denied for schema catalog/) },
    });
    expect((await warm.status()).pending).toBe(0);
    await warm.close();

    // A new migration changes the key: it is applied and every schema is granted again.
    addMigration('9999_startup_probe', [
      'CREATE SCHEMA "startup_probe"',
      'CREATE TABLE "startup_probe"."notes" ("id" serial PRIMARY KEY, "body" text NOT NULL)',
    ]);
    const next = await openDatabase(options);
    await next.db.execute(sql`insert into startup_probe.notes (body) values ('hello')`);
    const rows = await queryRows<{ body: string }>(next.db, sql`select body from startup_probe.notes`);
    expect(rows).toEqual([{ body: 'hello' }]);
    await next.db.execute(sql`select 1 from catalog.products limit 1`);
    expect((await next.status()).pending).toBe(0);
    await next.close();
    expect(dataDirState(options.dataDir).read('schema')).not.toBe(recorded);
  }, 300_000);
});
