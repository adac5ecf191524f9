import { systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withSavepoint, withTransaction } from './transaction';

// Every statement a handle sends is counted, BEGIN and COMMIT included — on PGlite by default,
// on PostgreSQL with DATABASE_URL. On PostgreSQL BEGIN and the workspace scope ride with the
// transaction's first statement when it has no parameters (statement-batch.ts): one round trip,
// counted once.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const ctx = () => ({ ...systemContext('0190c3a4-0000-7000-8000-00000000000b'), db: database.db });

/** The statements `fn` sent through the handle. */
async function counted(fn: () => Promise<unknown>): Promise<number> {
  const before = database.statements.sent;
  await fn();
  return database.statements.sent - before;
}

it('counts a statement outside a transaction as one', async () => {
  expect(await counted(() => database.db.execute(sql`select 1`))).toBe(1);
});

it('counts a transaction as BEGIN, set_config, its statements and COMMIT', async () => {
  const sent = await counted(() =>
    withTransaction(ctx(), async ({ tx }) => {
      await tx.execute(sql`select 1`);
      await tx.execute(sql`select 2`);
    }),
  );
  // PGlite: BEGIN, set_config, select 1, select 2, COMMIT; PostgreSQL: [BEGIN; set_config; select 1], select 2, COMMIT.
  expect(sent).toBe(database.driver === 'pg' ? 3 : 5);
});

it('counts a failed transaction with its ROLLBACK', async () => {
  const sent = await counted(() =>
    withTransaction(ctx(), async ({ tx }) => {
      await tx.execute(sql`select 1/0`);
    }).catch(() => undefined),
  );
  // BEGIN, set_config, the failing select, ROLLBACK (PostgreSQL: the first three in one)
  expect(sent).toBe(database.driver === 'pg' ? 2 : 4);
});

it('counts a savepoint and its release inside a transaction', async () => {
  const sent = await counted(() =>
    withTransaction(ctx(), (outer) => withSavepoint(outer, ({ tx }) => tx.execute(sql`select 1`))),
  );
  // BEGIN, set_config, SAVEPOINT, select, RELEASE, COMMIT (PostgreSQL: [begin; set_config;
  // savepoint; select], [release; commit])
  expect(sent).toBe(database.driver === 'pg' ? 2 : 6);
});
