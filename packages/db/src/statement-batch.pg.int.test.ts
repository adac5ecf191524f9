import { systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deferred } from './inline-params';
import { queryRows } from './rows';
import { AT_COMMIT, DEFER, literal } from './statement-batch';
import { withSavepoint, withTransaction } from './transaction';

// PostgreSQL only: what the pool holds back and sends together (statement-batch.ts), and that the
// results, the workspace scope and the commit are what they would be one statement at a time.

let database: TestDatabase;
const WS = '0190c3a4-0000-7000-8000-0000000000b1';
beforeAll(async () => {
  database = await createTestDatabase();
  await database.asOwner((db) => db.execute(sql`create table if not exists public.batch_probe (v text primary key)`));
  await database.asOwner((db) => db.execute(sql`grant all on public.batch_probe to nexova_app`));
});
afterAll(() => database?.dispose());

const ctx = () => ({ ...systemContext(WS), db: database.db });
const insertAtCommit = (v: string) => sql.raw(`${AT_COMMIT}insert into public.batch_probe (v) values (${literal(v)})`);
const probe = async (v: string) =>
  (await queryRows(database.db, sql`select v from public.batch_probe where v = ${v}`)).length;

async function counted<T>(fn: () => Promise<T>): Promise<{ sent: number; result: T }> {
  const before = database.statements.sent;
  const result = await fn();
  return { sent: database.statements.sent - before, result };
}

it('sends BEGIN, the scope and a first statement without parameters as one, with its own result', async () => {
  const { sent, result } = await counted(() =>
    withTransaction(ctx(), ({ tx }) =>
      queryRows<{ ws: string }>(tx, sql`select current_setting('app.workspace_id') as ws`),
    ),
  );
  expect(result).toEqual([{ ws: WS }]);
  expect(sent).toBe(2); // [begin; set_config; select], commit
});

it('sends nothing for a transaction that sent nothing', async () => {
  const { sent } = await counted(() => withTransaction(ctx(), async () => 'nothing'));
  expect(sent).toBe(0);
});

it('writes a first statement with parameters as literals and sends it with what was held back', async () => {
  const { sent, result } = await counted(() =>
    withTransaction(ctx(), ({ tx }) =>
      queryRows<{ ws: string }>(tx, sql`select current_setting(${'app.workspace_id'}) as ws`),
    ),
  );
  expect(result).toEqual([{ ws: WS }]);
  expect(sent).toBe(2); // [begin; set_config; select with literals], commit
});

it('gives a statement written with literals the values and types its parameters would have had', async () => {
  const at = new Date('2026-03-01T12:34:56.789Z');
  const bytes = Buffer.from([0, 1, 0xfe, 0x27]);
  const tricky = "it's \\ a $1 'quote'";
  const probe = sql`select ${tricky}::text as t, ${at}::timestamptz as at, ${{ a: [1, 'x'] }}::jsonb as j,
    ${sql.param(['a', 'b,c', null])}::text[] as arr, ${bytes}::bytea as b, ${null}::int as n,
    ${true}::boolean as yes, ${2.5}::numeric * 2 as num, '$1' as kept, ${7} + 1 as eight`;
  const { sent, result } = await counted(() =>
    withTransaction(ctx(), async ({ tx }) => [
      await queryRows<Record<string, unknown>>(tx, probe), // first: written with literals
      await queryRows<Record<string, unknown>>(tx, probe), // then: the prepared form, with parameters
    ]),
  );
  expect(sent).toBe(3);
  const [inline, prepared] = result;
  expect(inline).toEqual(prepared);
  expect(inline?.[0]).toMatchObject({ t: tricky, j: { a: [1, 'x'] }, arr: ['a', 'b,c', null], b: bytes });
  expect(inline?.[0]).toMatchObject({ n: null, yes: true, num: '5.0', kept: '$1', eight: 8 });
  expect(Date.parse(String(inline?.[0]?.at))).toBe(at.getTime());
});

it('holds back a savepoint and its release, so a savepoint costs no round trip of its own', async () => {
  const { sent, result } = await counted(() =>
    withTransaction(ctx(), async (outer) => {
      await queryRows(outer.tx, sql`select 1`);
      return withSavepoint({ ...ctx(), tx: outer.tx }, ({ tx }) =>
        queryRows<{ n: number }>(tx, sql`select ${41}::int + 1 as n`),
      );
    }),
  );
  expect(result).toEqual([{ n: 42 }]);
  expect(sent).toBe(3); // [begin; scope; select 1], [savepoint; select 42 with literals], [release; commit]
});

it('sends a statement marked at-commit with the COMMIT, and drops it on a rollback', async () => {
  const { sent } = await counted(() =>
    withTransaction(ctx(), async ({ tx }) => {
      await tx.execute(sql`select 1`);
      await tx.execute(insertAtCommit('kept'));
    }),
  );
  expect(sent).toBe(2); // [begin; set_config; select 1], [insert; commit]
  expect(await probe('kept')).toBe(1);

  await expect(
    withTransaction(ctx(), async ({ tx }) => {
      await tx.execute(insertAtCommit('dropped'));
      throw new Error('changed my mind');
    }),
  ).rejects.toThrow('changed my mind');
  expect(await probe('dropped')).toBe(0);
});

it('fails the commit when a statement sent with it fails, rolling back the rest', async () => {
  const failing = withTransaction(ctx(), async ({ tx }) => {
    await tx.execute(sql`insert into public.batch_probe (v) values (${'before-dup'})`);
    await tx.execute(insertAtCommit('kept')); // already there: unique violation at commit
  });
  await expect(failing).rejects.toMatchObject({ cause: { code: '23505' } });
  expect(await probe('before-dup')).toBe(0);
});

it('drops an at-commit statement of a savepoint that rolls back, keeps the outer one', async () => {
  await withTransaction(ctx(), async (outer) => {
    await outer.tx.execute(insertAtCommit('outer'));
    await withSavepoint(outer, async ({ tx }) => {
      await tx.execute(insertAtCommit('inner'));
      throw new Error('step failed');
    }).catch(() => undefined);
  });
  expect(await probe('outer')).toBe(1);
  expect(await probe('inner')).toBe(0);
});

it('runs a deferred statement outside a transaction at once', async () => {
  const rows = await queryRows<{ one: number }>(database.db, sql.raw(`${DEFER}select 1 as one`));
  expect(rows).toEqual([{ one: 1 }]);
});

it('prepares a statement with parameters once per connection, under a name', async () => {
  const rows = await withTransaction(ctx(), async ({ tx }) => {
    for (let i = 0; i < 3; i++) await queryRows(tx, sql`select ${i}::int + 1 as n`);
    return queryRows<{ name: string }>(
      tx,
      sql`select name from pg_prepared_statements where statement = ${'select $1::int + 1 as n'}`,
    );
  });
  expect(rows).toHaveLength(1);
  expect(rows[0]?.name).toMatch(/^n[\w-]{20}$/);
});

it('prepares again on a new connection after the old ones were cut (a restart)', async () => {
  const probe = (i: number) =>
    withTransaction(ctx(), async ({ tx }) => {
      await queryRows(tx, sql`select 1`); // the first statement rides with BEGIN, written with literals
      const [row] = await queryRows<{ n: number; pid: number }>(
        tx,
        sql`select ${i}::int + 1 as n, pg_backend_pid() as pid`,
      );
      const prepared = await queryRows(
        tx,
        sql`select 1 from pg_prepared_statements where statement like ${'%pg_backend_pid%'}`,
      );
      return { ...row, prepared: prepared.length };
    });
  const before = await probe(1);
  expect(before).toMatchObject({ n: 2, prepared: 1 });
  await database.asOwner((db) =>
    db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    ),
  );
  // The pool drops the cut connections (idle ones at once; a checked-out one fails its next query).
  let after: Awaited<ReturnType<typeof probe>> | undefined;
  for (let attempt = 0; attempt < 3 && !after; attempt++) after = await probe(2).catch(() => undefined);
  expect(after).toMatchObject({ n: 3, prepared: 1 });
  expect(after?.pid).not.toBe(before.pid);
});

it('sends a deferred write with the next statement, and fails it inside its savepoint when it fails', async () => {
  await database.asOwner((db) =>
    db.execute(sql`insert into public.batch_probe (v) values ('taken') on conflict do nothing`),
  );
  // Held back, then sent with the next statement: one round trip for both.
  const { sent } = await counted(() =>
    withTransaction(ctx(), async ({ tx }) => {
      await tx.execute(deferred(sql`insert into public.batch_probe (v) values (${'deferred-1'})`));
      return queryRows(tx, sql`select v from public.batch_probe where v = ${'deferred-1'}`);
    }),
  );
  expect(sent).toBe(2); // [begin; scope; insert; select], commit
  expect(await probe('deferred-1')).toBe(1);

  // A deferred write that fails (a duplicate key) fails its savepoint at the release, not later:
  // the transaction goes on and commits what came before and after.
  await withTransaction(ctx(), async (t) => {
    await t.tx.execute(deferred(sql`insert into public.batch_probe (v) values (${'deferred-2'})`));
    const failed = await withSavepoint(t, async (sp) => {
      await sp.tx.execute(deferred(sql`insert into public.batch_probe (v) values (${'taken'})`));
    }).catch((error: unknown) => error);
    expect(String((failed as { cause?: unknown })?.cause ?? failed)).toMatch(/duplicate key/);
    await t.tx.execute(deferred(sql`insert into public.batch_probe (v) values (${'deferred-3'})`));
  });
  expect([await probe('deferred-2'), await probe('deferred-3')]).toEqual([1, 1]);
});
