import { systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { PgDialect, type PgPolicy } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../rows';
import { withTransaction } from '../transaction';
import { globalOrTenantPolicies, sameWorkspacePolicy, systemLogPolicy, tenantPolicy } from './policies';

// What each policy lets the application role (no superuser, no BYPASSRLS) see and write, on a probe
// table per policy, under the app.workspace_id that withTransaction sets (PGlite or PostgreSQL).
const A = '0190c3a4-0000-7000-8000-00000000000a';
const B = '0190c3a4-0000-7000-8000-00000000000b';
const text = (q: PgPolicy['using']) => new PgDialect().sqlToQuery(q ?? sql`true`).sql;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.asOwner(async (db) => {
    await db.execute(sql`create schema rls_probe`);
    await db.execute(sql`grant usage on schema rls_probe to nexova_app`);
    for (const [table, policy] of [
      ['tenant', tenantPolicy('tenant_probe')],
      ['same', sameWorkspacePolicy('same_probe')],
      ['log', systemLogPolicy('log_probe')],
    ] as const) {
      await db.execute(sql.raw(`create table rls_probe.${table} (label text primary key, workspace_id uuid)`));
      await db.execute(sql.raw(`alter table rls_probe.${table} enable row level security`));
      await db.execute(
        sql.raw(`create policy ${policy.name} on rls_probe.${table} for all
                 using (${text(policy.using)}) with check (${text(policy.withCheck)})`),
      );
      await db.execute(sql.raw(`grant select, insert on rls_probe.${table} to nexova_app`));
      await db.execute(sql.raw(`insert into rls_probe.${table} values ('a', '${A}'), ('b', '${B}'), ('none', null)`));
    }
    await db.execute(sql`create table rls_probe.shared (label text primary key, workspace_id uuid)`);
    await db.execute(sql`alter table rls_probe.shared enable row level security`);
    for (const policy of globalOrTenantPolicies('shared_probe')) {
      const command = policy.for === 'select' ? 'select' : 'all';
      const check = policy.withCheck ? ` with check (${text(policy.withCheck)})` : '';
      await db.execute(
        sql.raw(
          `create policy ${policy.name} on rls_probe.shared for ${command} using (${text(policy.using)})${check}`,
        ),
      );
    }
    await db.execute(sql`grant select, insert, update, delete on rls_probe.shared to nexova_app`);
    await db.execute(sql.raw(`insert into rls_probe.shared values ('a', '${A}'), ('b', '${B}'), ('none', null)`));
  });
});
afterAll(() => database.dispose());

const ctx = (workspaceId: string | null) => ({ ...systemContext(workspaceId), db: database.db });

const visible = (table: string, workspaceId: string | null) =>
  withTransaction(ctx(workspaceId), (t) =>
    queryRows<{ label: string }>(t.tx, sql`select label from ${sql.raw(`rls_probe.${table}`)} order by label`),
  ).then((rows) => rows.map((r) => r.label));

const write = (table: string, workspaceId: string | null, rowWorkspace: string | null) =>
  withTransaction(ctx(workspaceId), (t) =>
    t.tx.execute(
      sql`insert into ${sql.raw(`rls_probe.${table}`)} values (${`w-${Math.random()}`}, ${rowWorkspace}::uuid)`,
    ),
  ).then(
    () => 'allowed',
    (error: unknown) => {
      const cause = (error as { cause?: { code?: string }; code?: string }).cause ?? error;
      return (cause as { code?: string }).code === '42501' ? 'denied' : `failed: ${String(error)}`;
    },
  );

describe('row-level security policies (app role)', () => {
  it('tenantPolicy: only the own workspace, nothing outside one', async () => {
    expect(await visible('tenant', A)).toEqual(['a']);
    expect(await visible('tenant', B)).toEqual(['b']);
    expect(await visible('tenant', null)).toEqual([]);
    expect(await write('tenant', A, A)).toBe('allowed');
    expect(await write('tenant', A, B)).toBe('denied');
    expect(await write('tenant', A, null)).toBe('denied');
    expect(await write('tenant', null, A)).toBe('denied');
  });

  it('sameWorkspacePolicy: workspace-less rows only outside any workspace', async () => {
    expect(await visible('same', A)).toEqual(['a']);
    expect(await visible('same', null)).toEqual(['none']);
    expect(await write('same', null, null)).toBe('allowed');
    expect(await write('same', A, null)).toBe('denied');
    expect(await write('same', null, A)).toBe('denied');
    expect(await write('same', A, B)).toBe('denied');
  });

  it('systemLogPolicy: every row outside a workspace, own rows inside; workspace-less writes anywhere', async () => {
    expect(await visible('log', null)).toEqual(['a', 'b', 'none']);
    expect(await visible('log', A)).toEqual(['a']);
    expect(await write('log', A, null)).toBe('allowed');
    expect(await write('log', A, A)).toBe('allowed');
    expect(await write('log', A, B)).toBe('denied');
    expect(await write('log', null, B)).toBe('allowed');
  });

  it('globalOrTenantPolicies: workspace-less rows read everywhere, written only outside any workspace', async () => {
    expect(await visible('shared', A)).toEqual(['a', 'none']);
    expect(await visible('shared', null)).toEqual(['none']);
    expect(await write('shared', A, A)).toBe('allowed');
    expect(await write('shared', A, null)).toBe('denied');
    expect(await write('shared', A, B)).toBe('denied');
    expect(await write('shared', null, null)).toBe('allowed');
    const touched = (workspaceId: string | null, statement: string) =>
      withTransaction(ctx(workspaceId), (t) => queryRows<{ label: string }>(t.tx, sql.raw(statement))).then((rows) =>
        rows.map((r) => r.label),
      );
    expect(
      await touched(A, `update rls_probe.shared set label = label where label in ('none', 'b') returning label`),
    ).toEqual([]);
    expect(await touched(A, `delete from rls_probe.shared where label in ('none', 'b') returning label`)).toEqual([]);
    expect(
      await touched(null, `update rls_probe.shared set label = label where label = 'none' returning label`),
    ).toEqual(['none']);
  });
});
