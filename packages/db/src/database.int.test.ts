import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemContext } from '@nexova/kernel';
import { createTestDatabase, services, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { migrationStatus } from './migrations';
import { MIGRATIONS_FOLDER } from './paths';
import { queryRows } from './rows';
import { withTransaction } from './transaction';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.asOwner(async (db) => {
    await db.execute(sql`create schema if not exists probe`);
    await db.execute(sql`create table if not exists probe.notes (id serial primary key, body text not null)`);
    await db.execute(sql`grant usage on schema probe to nexova_app`);
    await db.execute(sql`grant select, insert, update, delete on all tables in schema probe to nexova_app`);
    await db.execute(sql`grant usage on all sequences in schema probe to nexova_app`);
  });
});
afterAll(() => database.dispose());

const ctx = () => ({ ...systemContext('0190c3a4-0000-7000-8000-00000000000a'), db: database.db });

describe('database layer', () => {
  it('runs application queries as a non-superuser role', async () => {
    const [row] = await queryRows<{ who: string; superuser: boolean; bypass: boolean }>(
      database.db,
      sql`select current_user as who, r.rolsuper as superuser, r.rolbypassrls as bypass
          from pg_roles r where r.rolname = current_user`,
    );
    expect(row).toEqual({ who: 'nexova_app', superuser: false, bypass: false });
  });

  it('records every committed migration', async () => {
    const status = await database.status();
    expect(status.pending).toBe(0);
    expect(status.applied).toBe(status.total);
  });

  it('withTransaction sets app.workspace_id for the transaction only', async () => {
    const inside = await withTransaction(ctx(), (t) =>
      queryRows<{ ws: string }>(t.tx, sql`select current_setting('app.workspace_id', true) as ws`),
    );
    expect(inside[0]?.ws).toBe('0190c3a4-0000-7000-8000-00000000000a');
  });

  it('a nested withTransaction joins the outer one and rolls back with it', async () => {
    const marker = `note-${Math.random()}`;
    await expect(
      withTransaction(ctx(), async (outer) => {
        const [a] = await queryRows<{ x: string }>(outer.tx, sql`select pg_current_xact_id()::text as x`);
        const innerTx = await withTransaction(outer, async (inner) => {
          await inner.tx.execute(sql`insert into probe.notes (body) values (${marker})`);
          const [b] = await queryRows<{ x: string }>(inner.tx, sql`select pg_current_xact_id()::text as x`);
          return b?.x;
        });
        expect(innerTx).toBe(a?.x);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const left = await queryRows(database.db, sql`select 1 from probe.notes where body = ${marker}`);
    expect(left).toHaveLength(0);
  });

  it('reports pending migrations when the folder is ahead of the database', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nexova-mig-'));
    mkdirSync(join(folder, 'meta'));
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
    journal.entries.push({ idx: 999, version: '7', when: Date.now() + 1e9, tag: '9999_future', breakpoints: true });
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
    const status = await migrationStatus(database.db, folder);
    expect(status.pending).toBe(1);
    expect(status.latest).toBe('9999_future');
  });
});

describe('migrations on disk (PGlite data folder, or the PostgreSQL test database)', () => {
  it('re-running migrations is a no-op', async () => {
    const options = services.postgresUrl
      ? null
      : {
          dataDir: mkdtempSync(join(tmpdir(), 'nexova-pgl-')),
          appRole: 'nexova_app',
          migrationsFolder: MIGRATIONS_FOLDER,
        };
    if (!options) {
      // On PostgreSQL the shared test database was migrated by createTestDatabase; migrate again.
      const again = await openDatabase({
        url: database.url,
        appRole: 'nexova_app',
        migrationsFolder: MIGRATIONS_FOLDER,
        migrate: true,
      });
      const [count] = await queryRows<{ n: number }>(
        again.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(count?.n).toBe((await again.status()).total);
      await again.close();
      return;
    }
    const first = await openDatabase({ ...options, migrate: true });
    await first.close();
    const second = await openDatabase({ ...options, migrate: true });
    const [count] = await queryRows<{ n: number }>(
      second.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(count?.n).toBe((await second.status()).total);
    await second.close();
  });
});

describe('joined transactions and workspace scope', () => {
  it('a joined call for another workspace runs under that workspace, then the outer scope returns', async () => {
    const other = '0190c3a4-0000-7000-8000-00000000000b';
    const seen = await withTransaction(ctx(), async (outer) => {
      const read = async (t: typeof outer) =>
        (await queryRows<{ ws: string }>(t.tx, sql`select current_setting('app.workspace_id', true) as ws`))[0]?.ws;
      const inner = await withTransaction({ ...outer, workspaceId: other }, read);
      const after = await read(outer);
      return { inner, after };
    });
    expect(seen).toEqual({ inner: other, after: '0190c3a4-0000-7000-8000-00000000000a' });
  });
});
