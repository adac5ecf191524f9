import { systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { notifyAfterCommit } from './notify';
import { withSavepoint, withTransaction } from './transaction';

// PostgreSQL only: notifyAfterCommit's NOTIFY rides with the COMMIT (no statement of its own), once
// per channel and transaction, is heard only after the commit, and never for a rollback.

let database: TestDatabase;
let listener: pg.Client;
const heard: string[] = [];
const waiters: (() => void)[] = [];
const WS = '0190c3a4-0000-7000-8000-0000000000c1';

beforeAll(async () => {
  database = await createTestDatabase();
  await database.asOwner((db) => db.execute(sql`create table if not exists public.notify_probe (v text primary key)`));
  await database.asOwner((db) => db.execute(sql`grant all on public.notify_probe to nexova_app`));
  listener = new pg.Client({ connectionString: database.url });
  await listener.connect();
  listener.on('notification', (message) => {
    heard.push(message.channel);
    for (const wake of waiters.splice(0)) wake();
  });
  for (const channel of ['probe_a', 'probe_b', 'probe_c']) await listener.query(`LISTEN ${channel}`);
});
afterAll(async () => {
  await listener?.end();
  await database?.dispose();
});

const ctx = () => ({ ...systemContext(WS), db: database.db });
const insert = (v: string) => sql`insert into public.notify_probe (v) values (${v})`;

/** Resolves once `channel` has been heard (the notifications before it arrive first, in commit order). */
async function hear(channel: string): Promise<string[]> {
  while (!heard.includes(channel)) await new Promise<void>((resolve) => waiters.push(resolve));
  return heard.splice(0);
}

it('sends the NOTIFY with the COMMIT, once per channel, heard after the row is visible', async () => {
  const before = database.statements.sent;
  const texts: string[] = [];
  database.statements.trace = (text) => texts.push(text);
  await withTransaction(ctx(), async ({ tx }) => {
    await tx.execute(insert('one'));
    await notifyAfterCommit(tx, 'probe_a');
    await withSavepoint({ ...ctx(), tx }, async (inner) => notifyAfterCommit(inner.tx, 'probe_a'));
    await notifyAfterCommit(tx, 'probe_b');
  });
  database.statements.trace = undefined;
  // [begin; scope; insert written with literals], [savepoint; release; commit; notify a, notify b]
  expect(database.statements.sent - before).toBe(2);
  // Both NOTIFYs are one statement after the commit (one implicit transaction, not one each).
  const afterCommit = (texts.at(-1) ?? '').split(/;\n/).slice((texts.at(-1) ?? '').split(/;\n/).indexOf('commit') + 1);
  expect(afterCommit).toHaveLength(1);
  expect(afterCommit[0]?.match(/pg_notify\(/g)).toHaveLength(2);
  expect(afterCommit[0]?.match(/synchronous_commit/g)).toHaveLength(1); // the setting once, not per NOTIFY
  const got = await hear('probe_b');
  expect(got.sort()).toEqual(['probe_a', 'probe_b']);
  const seen = await listener.query(`select v from public.notify_probe where v = 'one'`);
  expect(seen.rowCount).toBe(1);
});

it('sends nothing for a transaction that rolls back', async () => {
  await expect(
    withTransaction(ctx(), async ({ tx }) => {
      await tx.execute(insert('two'));
      await notifyAfterCommit(tx, 'probe_c');
      throw new Error('changed my mind');
    }),
  ).rejects.toThrow('changed my mind');
  await withTransaction(ctx(), async ({ tx }) => {
    await tx.execute(insert('three'));
    await notifyAfterCommit(tx, 'probe_a');
  });
  // Had the rolled-back one notified, probe_c would have been delivered before probe_a.
  expect(await hear('probe_a')).toEqual(['probe_a']);
});

it('sends nothing when a statement of the transaction failed', async () => {
  await expect(
    withTransaction(ctx(), async ({ tx }) => {
      await notifyAfterCommit(tx, 'probe_c');
      await tx.execute(sql`select 1/0`);
    }),
  ).rejects.toThrow();
  await withTransaction(ctx(), async ({ tx }) => {
    await tx.execute(insert('four'));
    await notifyAfterCommit(tx, 'probe_b');
  });
  expect(await hear('probe_b')).toEqual(['probe_b']);
});
