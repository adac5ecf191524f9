import { queryRows } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeBatch, DEFAULT_RETRY } from './embedded';
import { publish } from './publish';
import { ensureCheckpoint } from './status';
import { appliedBy, contractHappened, createProbeTable, probeConsumer } from './testing/contract';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await createProbeTable(database);
});
afterAll(() => database?.dispose());

/**
 * The outbox row written now, in the open transaction. publish() sends its insert with the COMMIT on
 * PostgreSQL, which narrows the gap between taking a position and committing but does not close it
 * (two commits in flight finish in either order); writing it early makes that gap as wide as the test needs.
 */
async function insertNow(
  tx: Parameters<Parameters<typeof database.db.transaction>[0]>[0],
  seq: number,
  aggregate: string,
) {
  await tx.execute(
    sql`insert into events.outbox (id, type, version, aggregate_type, aggregate_id, actor_type, occurred_at, payload)
        values (${newId()}::uuid, ${contractHappened.type}, ${contractHappened.version}, ${contractHappened.aggregate},
          ${aggregate}, 'system', now(), ${JSON.stringify({ seq, run: 'visibility' })}::jsonb)`,
  );
}

/** A transaction held open until `release()`: writes its event, then waits (PostgreSQL only: PGlite serializes). */
function openTransaction(seq: number, aggregate: string, takeIdFirst = false) {
  let release!: () => void;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  let ready!: () => void;
  const published = new Promise<void>((r) => {
    ready = r;
  });
  let takeId!: () => void;
  const idTaken = new Promise<void>((r) => {
    takeId = r;
  });
  let goPublish!: () => void;
  const mayPublish = new Promise<void>((r) => {
    goPublish = r;
  });
  const done = database.db.transaction(async (tx) => {
    if (takeIdFirst) {
      await tx.execute(sql`select pg_current_xact_id()`);
      takeId();
      await mayPublish;
    }
    await insertNow(tx, seq, aggregate);
    ready();
    await gate;
  });
  return { release, published, done, idTaken, goPublish };
}

const step = (c: ReturnType<typeof probeConsumer>) =>
  consumeBatch(database, c, { batchSize: 100, retry: DEFAULT_RETRY });

describe('the embedded log never skips an event committed after a later position was read', () => {
  if (process.env.DATABASE_URL)
    it('PostgreSQL: interleaved transactions, the earlier position committing last', async () => {
      const run = newId().slice(-12);
      const c = probeConsumer(`visibility-${run}`, run);
      await ensureCheckpoint(database.db, c.name);
      // T2 takes its transaction id first but writes its event after T1, so T2's position is higher.
      const t2 = openTransaction(2, `${run}-b`, true);
      await t2.idTaken;
      const t1 = openTransaction(1, `${run}-a`);
      await t1.published;
      t2.goPublish();
      await t2.published;
      t2.release();
      await t2.done; // T2 (higher position) commits while T1 (lower position) is still open
      await step(c);
      // T2's event (higher position, lower txid) may be read now; T1's cannot, it has not committed.
      const first = (await appliedBy(database, c.name)).map((r) => r.seq);
      expect([[], [2]]).toContainEqual(first);
      t1.release();
      await t1.done;
      // Other databases' transactions on a shared server can hold the horizon back briefly.
      for (let i = 0; i < 100 && (await appliedBy(database, c.name)).length < 2; i++) {
        await step(c);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect((await appliedBy(database, c.name)).map((r) => r.seq).sort()).toEqual([1, 2]);
      // The order that a "position > last position read" reader would have used, and skipped 1 with:
      const positions = await queryRows<{ seq: number; position: string }>(
        database.db,
        sql`select (payload->>'seq')::int as seq, position from events.outbox
            where aggregate_id in (${`${run}-a`}, ${`${run}-b`}) order by position`,
      );
      expect(positions.map((r) => r.seq)).toEqual([1, 2]);
    });

  it('serialized transactions (PGlite and PostgreSQL): every event is read exactly once across steps', async () => {
    const run = newId().slice(-12);
    const c = probeConsumer(`visibility-serial-${run}`, run);
    await ensureCheckpoint(database.db, c.name);
    for (let i = 0; i < 5; i++) {
      await database.db.transaction(async (tx) => {
        const t = { ...systemContext(newId()), db: database.db, tx };
        await publish(t, contractHappened, { aggregateId: `${run}-s`, payload: { seq: i, run: 'visibility' } });
      });
      await step(c);
    }
    // On a shared server, other databases' open transactions hold the visibility horizon back for a
    // moment (transaction ids are cluster-wide): step until the horizon passes, never read twice.
    for (let i = 0; i < 250 && (await appliedBy(database, c.name)).length < 5; i++) {
      await step(c);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await appliedBy(database, c.name)).map((r) => r.seq)).toEqual([0, 1, 2, 3, 4]);
  });
});
