import { systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterCommit } from './after-commit';
import { queryRows } from './rows';
import { withSavepoint, withTransaction } from './transaction';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const ctx = () => ({ ...systemContext(null), db: database.db });

/** A promise that resolves with what a deferred job saw, and the job itself. */
function probe() {
  let settle!: (value: string) => void;
  const seen = new Promise<string>((resolve) => {
    settle = resolve;
  });
  // The job queries the root database: inside the transaction that would wait forever on PGlite.
  const job = async () => {
    const [row] = await queryRows<{ ok: number }>(database.db, sql`select 1 as ok`);
    settle(`ran:${row?.ok}`);
  };
  return { seen, job, settle };
}

describe('afterCommit', () => {
  it('runs a job only after the outermost commit, outside the transaction', async () => {
    const p = probe();
    let ranInside = false;
    await withTransaction(ctx(), async (t) => {
      await withTransaction(t, async (inner) => afterCommit(inner, p.job)); // a joined call defers too
      await t.tx.execute(sql`select pg_sleep(0.05)`);
      ranInside = (await Promise.race([p.seen, Promise.resolve('not yet')])) !== 'not yet';
    });
    expect(ranInside).toBe(false);
    expect(await p.seen).toBe('ran:1');
  });

  it('never runs the jobs of a rolled-back transaction or savepoint; reports a failed job', async () => {
    const dropped = probe();
    const kept = probe();
    await expect(
      withTransaction(ctx(), async (t) => {
        afterCommit(t, dropped.job);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await withTransaction(ctx(), async (t) => {
      await withSavepoint(t, async (s) => afterCommit(s, kept.job)); // released: kept
      await withSavepoint(t, async (s) => {
        afterCommit(s, dropped.job);
        throw new Error('savepoint rolled back');
      }).catch(() => undefined);
    });
    expect(await kept.seen).toBe('ran:1');
    const failure = new Promise<unknown>((resolve) => {
      afterCommit({}, () => Promise.reject(new Error('smtp down')), resolve); // no transaction: at once
    });
    expect(await failure).toEqual(new Error('smtp down'));
    await queryRows(database.db, sql`select 1`); // a dropped job wrongly started would have queried first
    dropped.settle('never ran');
    expect(await dropped.seen).toBe('never ran');
  });
});
