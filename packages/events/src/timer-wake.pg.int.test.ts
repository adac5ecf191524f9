import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractHappened, waitFor } from './testing/contract';
import { schedule, timerWorker } from './timers';

// The timer worker on PostgreSQL sleeps until the earliest timer it knows of, woken by the NOTIFY
// of a schedule only when the new timer fires sooner (the payload carries its fire time). Its idle
// fallback here is an hour: only those wake-ups can make it fire anything within the test.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

const published = (aggregate: string) =>
  queryRows<{ seq: number }>(
    database.db,
    sql`select (payload->>'seq')::int as seq from events.outbox where aggregate_id = ${aggregate} order by position`,
  );

describe('the timer worker on PostgreSQL', () => {
  it('is woken by a timer scheduled sooner than the one it waits for, and fires it', async () => {
    const worker = timerWorker(database, { idleMs: 3_600_000 });
    await worker.start();
    try {
      const agg = `wake-${newId()}`;
      const ctx = { ...systemContext(newId()), db: database.db };
      const at = (ms: number) => new Date(Date.now() + ms);
      const event = (seq: number) => ({ definition: contractHappened, aggregateId: agg, payload: { seq, run: 'w' } });
      // The worker learns of a far timer, then of a later one (no news), then of a sooner one.
      await withTransaction(ctx, (t) => schedule(t, { at: at(600_000), key: `${agg}:far`, event: event(1) }));
      await withTransaction(ctx, (t) => schedule(t, { at: at(1_200_000), key: `${agg}:later`, event: event(2) }));
      await withTransaction(ctx, (t) => schedule(t, { at: at(300), key: `${agg}:soon`, event: event(3) }));
      await waitFor(async () => (await published(agg)).length > 0);
      expect((await published(agg)).map((r) => r.seq)).toEqual([3]);
    } finally {
      await worker.stop();
    }
  });
});
