import { queryRows } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ensureCheckpoint } from './checkpoint';
import { consumeBatch, type StepOptions } from './consume-batch';
import type { ConsumerDefinition } from './consumer';
import { appliedBy, probeConsumer, publishProbe, useProbeDatabase } from './testing/contract';

// Lanes of the embedded transport on PostgreSQL (issue 11): a consumer that names a partition has
// the partitions of one batch handled side by side, each in its own transaction, while the batch's
// transaction holds the checkpoint; one partition's events stay in log order, each event is handled
// once (a batch read again skips what its lanes committed), and a failing handler gets its retry
// without the lanes waiting on the checkpoint row the batch holds.

const probe = useProbeDatabase();

const options = (lanes: number): StepOptions => ({
  batchSize: 100,
  retry: { maxAttempts: 3, baseMs: 60_000, maxMs: 60_000 },
  lanes,
});

/** Partitions by the part of the aggregate id before its last '-': `<run>-a-1` and `<run>-a-2` share `<run>-a`. */
const byPrefix = (id: string) => id.slice(0, id.lastIndexOf('-'));

/** A promise that settles when every one of `n` parties has arrived, or rejects after `ms`. */
function meeting(n: number, ms: number) {
  let arrived = 0;
  let all!: () => void;
  const met = new Promise<void>((resolve, reject) => {
    all = resolve;
    setTimeout(() => reject(new Error(`only ${arrived} of ${n} handlers were in flight at once`)), ms).unref();
  });
  return {
    arrive: () => {
      arrived++;
      if (arrived === n) all();
      return met;
    },
  };
}

/** A new consumer's checkpoint, placed past every event the other tests published. */
async function startAtEnd(consumer: string) {
  await ensureCheckpoint(probe.current.db, consumer);
  await probe.current.asOwner((db) =>
    db.execute(sql`update events.checkpoints c set last_txid = o.txid, last_position = o.position
      from (select txid, position from events.outbox order by txid desc, position desc limit 1) o
      where c.consumer = ${consumer}`),
  );
}

const checkpoint = (consumer: string) =>
  queryRows<{ last_error: string | null; processed: string }>(
    probe.current.db,
    sql`select last_error, processed::text from events.checkpoints where consumer = ${consumer}`,
  ).then((rows) => rows[0]);

describe('embedded transport lanes (PostgreSQL)', () => {
  it('handles the partitions of one batch at the same time, each in log order, each event once', async () => {
    const run = newId().slice(-12);
    const together = meeting(3, 20_000);
    const inner = probeConsumer(`lanes-${run}`, run);
    const seen = new Set<string>();
    const consumer: ConsumerDefinition & { calls: number } = {
      ...inner,
      partition: (event) => byPrefix(event.aggregate.id),
      async handle(args) {
        await inner.handle(args);
        // The first event of each of the three partitions waits until all three are in flight:
        // handled one after another in one transaction, this would time out.
        const part = byPrefix(args.event.aggregate.id);
        if (args.event.aggregate.id.startsWith(run) && !seen.has(part)) {
          seen.add(part);
          await together.arrive();
        }
      },
    };
    await startAtEnd(consumer.name);
    const events = ['a', 'b', 'c'].flatMap((p) =>
      [1, 2, 3].map((seq) => ({ aggregate: `${run}-${p}-${seq % 2}`, seq, run })),
    );
    await publishProbe(probe.current, events);

    expect(await consumeBatch(probe.current, consumer, options(3))).toBe(9);

    const applied = await appliedBy(probe.current, consumer.name);
    expect(applied).toHaveLength(9);
    for (const p of ['a', 'b', 'c']) {
      const own = applied.filter((r) => r.aggregate.startsWith(`${run}-${p}-`)).map((r) => r.seq);
      expect(own).toEqual([1, 2, 3]); // log order within the partition
    }
    expect((await checkpoint(consumer.name))?.processed).toBe('9');

    // Read again from the start of the log: the lanes' inbox marks make it a no-op.
    await probe.current.asOwner((db) =>
      db.execute(
        sql`update events.checkpoints set last_txid = '0'::xid8, last_position = 0 where consumer = ${consumer.name}`,
      ),
    );
    await consumeBatch(probe.current, consumer, options(3));
    expect(await appliedBy(probe.current, consumer.name)).toHaveLength(9);
  });

  it('a failing handler gets its retry in its own lane; the other lanes commit and the batch notes the error', async () => {
    const run = newId().slice(-12);
    const consumer = {
      ...probeConsumer(`lanes-fail-${run}`, run, (seq, aggregate) => aggregate.startsWith(`${run}-bad`) && seq === 1),
      partition: (event: { aggregate: { id: string } }) => byPrefix(event.aggregate.id),
    } as ConsumerDefinition;
    await startAtEnd(consumer.name);
    await publishProbe(probe.current, [
      { aggregate: `${run}-bad-x`, seq: 1, run },
      { aggregate: `${run}-good-x`, seq: 1, run },
      { aggregate: `${run}-bad-x`, seq: 2, run },
      { aggregate: `${run}-good-x`, seq: 2, run },
    ]);

    expect(await consumeBatch(probe.current, consumer, options(2))).toBe(4);

    // The good partition committed; the bad one's first event waits for a retry, its second behind it.
    const applied = await appliedBy(probe.current, consumer.name);
    expect(applied.map((r) => `${r.aggregate.slice(run.length + 1)}:${r.seq}`)).toEqual(['good-x:1', 'good-x:2']);
    const waiting = await queryRows<{ attempts: number }>(
      probe.current.db,
      sql`select attempts from events.retries where consumer = ${consumer.name} order by position`,
    );
    expect(waiting.map((w) => w.attempts)).toEqual([1, 0]);
    expect((await checkpoint(consumer.name))?.last_error).toMatch(/probe failure at 1/);
  });

  it('a consumer without a partition, or with one lane, keeps one transaction per batch', async () => {
    const run = newId().slice(-12);
    const consumer = { ...probeConsumer(`lanes-one-${run}`, run), partition: undefined } as ConsumerDefinition;
    await startAtEnd(consumer.name);
    await publishProbe(probe.current, [
      { aggregate: `${run}-a-1`, seq: 1, run },
      { aggregate: `${run}-b-1`, seq: 2, run },
    ]);
    const txids: string[] = [];
    const watched: ConsumerDefinition = {
      ...consumer,
      async handle(args) {
        await consumer.handle(args);
        const [row] = await queryRows<{ txid: string }>(args.tx, sql`select txid_current()::text as txid`);
        txids.push(row?.txid ?? '');
      },
    };
    expect(await consumeBatch(probe.current, watched, options(4))).toBe(2);
    expect(new Set(txids).size).toBe(1);
  });
});
