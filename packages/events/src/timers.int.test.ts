import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepEvents } from './sweeper';
import { contractHappened, waitFor } from './testing/contract';
import { cancel, fireDueTimers, schedule, timerWorker } from './timers';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

const ctx = () => ({ ...systemContext(newId()), db: database.db });
const published = (aggregate: string) =>
  queryRows<{ seq: number; workspace_id: string | null }>(
    database.db,
    sql`select (payload->>'seq')::int as seq, workspace_id from events.outbox where aggregate_id = ${aggregate}
        order by position`,
  );
const at = (ms: number) => new Date(Date.now() + ms);

describe('durable timers', () => {
  it('fire as an event once due, not before, and only once', async () => {
    const agg = `timer-${newId()}`;
    const c = ctx();
    await withTransaction(c, (t) =>
      schedule(t, {
        at: at(60_000),
        key: `${agg}:k`,
        event: { definition: contractHappened, aggregateId: agg, payload: { seq: 1, run: 't' } },
      }),
    );
    await fireDueTimers(database.db);
    expect(await published(agg)).toEqual([]);
    await fireDueTimers(database.db, 100, at(61_000));
    await fireDueTimers(database.db, 100, at(62_000));
    expect(await published(agg)).toEqual([{ seq: 1, workspace_id: c.workspaceId }]);
  });

  it('a rolled-back schedule never fires; re-scheduling a key replaces it; cancel removes it', async () => {
    const agg = `timer-${newId()}`;
    const event = (seq: number) => ({ definition: contractHappened, aggregateId: agg, payload: { seq, run: 't' } });
    const c = ctx(); // one workspace: row-level security hides a workspace's timers from the others
    await withTransaction(c, async (t) => {
      await schedule(t, { at: at(-1), key: `${agg}:rolled`, event: event(0) });
      throw new Error('rollback');
    }).catch(() => undefined);
    await withTransaction(c, async (t) => {
      await schedule(t, { at: at(-1), key: `${agg}:a`, event: event(1) });
      await schedule(t, { at: at(-1), key: `${agg}:a`, event: event(2) });
      await schedule(t, { at: at(-1), key: `${agg}:b`, event: event(3) });
    });
    await withTransaction(ctx(), (t) => cancel(t, `${agg}:a`)); // another workspace: a stays
    await withTransaction(c, (t) => cancel(t, `${agg}:b`));
    await withTransaction(c, (t) => cancel(t, `${agg}:b`)); // nothing left to cancel: no error
    // In one transaction, in the order made: a cancel then a schedule of a key leaves the new timer.
    await withTransaction(c, async (t) => {
      await schedule(t, { at: at(-1), key: `${agg}:c`, event: event(4) });
      await cancel(t, `${agg}:c`);
      await schedule(t, { at: at(-1), key: `${agg}:c`, event: event(5) });
    });
    await fireDueTimers(database.db);
    expect((await published(agg)).map((r) => r.seq)).toEqual([2, 5]);
  });

  it('survive a restart and are shared by several workers without double firing (SKIP LOCKED)', async () => {
    const agg = `timer-${newId()}`;
    await withTransaction(ctx(), async (t) => {
      for (let i = 0; i < 40; i++) {
        await schedule(t, {
          at: at(150),
          key: `${agg}:${i}`,
          event: { definition: contractHappened, aggregateId: agg, payload: { seq: i, run: 't' } },
        });
      }
    });
    // Two workers (on PostgreSQL, two connections claiming concurrently), started after scheduling.
    const workers = [timerWorker(database, { intervalMs: 20 }), timerWorker(database, { intervalMs: 20 })];
    for (const w of workers) await w.start();
    await waitFor(async () => (await published(agg)).length >= 40);
    for (const w of workers) await w.stop();
    const seqs = (await published(agg)).map((r) => r.seq).sort((a, b) => a - b);
    expect(seqs).toEqual([...Array(40).keys()]);
    const [left] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from events.timers where key like ${`${agg}:%`}`,
    );
    expect(left?.n).toBe(0);
  });

  it('the sweeper keeps what a consumer still needs and deletes old processed rows', async () => {
    const result = await sweepEvents(database.db, 1);
    expect(result).toEqual({ outbox: 0, inbox: 0, deadLetters: 0 });
  });
});
