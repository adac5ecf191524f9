import { systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from './rows';
import { withTransaction } from './transaction';
import { onceInTransaction } from './transaction-memo';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

const A = '0190c3a4-0000-7000-8000-0000000000a1';
const B = '0190c3a4-0000-7000-8000-0000000000b2';

it('loads once per transaction, workspace and key', async () => {
  let loads = 0;
  const read = (t: Parameters<typeof onceInTransaction>[0]) =>
    onceInTransaction(t, 'probe', async () => {
      loads++;
      return (await queryRows<{ n: number }>(t.tx, sql`select ${loads}::int as n`))[0]?.n;
    });
  const seen = await withTransaction({ ...systemContext(A), db: database.db }, async (t) => {
    const first = await read(t);
    const again = await read(t); // same transaction, workspace and key: the first answer
    const other = await onceInTransaction(t, 'other', async () => 'other key');
    const inB = await withTransaction({ ...t, workspaceId: B }, (b) => read(b)); // another workspace
    return [first, again, other, inB];
  });
  expect(seen).toEqual([1, 1, 'other key', 2]);
  expect(loads).toBe(2);
  // A later transaction starts afresh.
  expect(await withTransaction({ ...systemContext(A), db: database.db }, (t) => read(t))).toBe(3);
});
