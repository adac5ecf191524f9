import { queryRows } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsumerDefinition } from './consumer';
import { createNatsTransport, deleteNatsStreams } from './nats';
import { appliedBy, contractHappened, createProbeTable, probeConsumer, publishProbe, waitFor } from './testing/probe';

// On NATS the aggregates a worker has in hand go into one transaction that waits at most
// NATS_GROUP_LOCK_WAIT_MS for a row lock (issue 11, nats-group.ts handleParts). Meeting a lock held
// elsewhere it steps aside — rolled back whole, nothing counted — and each aggregate runs in a
// transaction of its own that waits as usual. With one attempt allowed, a lock timeout counted as
// a failure would dead-letter the event. A handler's error in the group is the same: redone per
// aggregate, where it fails (and is dead-lettered) alone.

const url = process.env.NATS_URL as string;
const prefix = `g${newId().replace(/-/g, '').slice(-12)}`;
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await createProbeTable(database);
  await database.asOwner(async (db) => {
    await db.execute(sql`create table if not exists probe.locks (k text primary key)`);
    await db.execute(sql`insert into probe.locks values ('L') on conflict do nothing`);
    await db.execute(sql`grant select, update on probe.locks to nexova_app`);
  });
});
afterAll(async () => {
  await database?.dispose();
  await deleteNatsStreams(url, prefix);
});

const ONE_ATTEMPT = { maxAttempts: 1, baseMs: 5, maxMs: 40 };

const counted = async (consumer: string) => {
  const [row] = await queryRows<{ retries: number; dead: number }>(
    database.db,
    sql`select (select count(*) from events.retries where consumer = ${consumer})::int as retries,
               (select count(*) from events.dead_letters where consumer = ${consumer})::int as dead`,
  );
  return row;
};

const transportFor = (consumer: ConsumerDefinition) =>
  createNatsTransport({
    url,
    prefix,
    database,
    consumers: [consumer],
    retry: ONE_ATTEMPT,
    pollIntervalMs: 20,
    batchSize: 10,
    groupLockWaitMs: 50,
  });

/**
 * Publishes the probe events in one commit and waits until the relay has them on JetStream (a
 * transport without consumers relays only), so that a consumer started afterwards fetches them in
 * one burst and handles them as one group.
 */
async function relayed(run: string, seqs: number[]) {
  const relay = createNatsTransport({ url, prefix, database, consumers: [], pollIntervalMs: 20 });
  await relay.start();
  try {
    await publishProbe(
      database,
      seqs.map((seq) => ({ aggregate: `${run}-${seq}`, seq, run })),
    );
    await waitFor(
      async () => {
        const [row] = await queryRows<{ done: boolean }>(
          database.db,
          sql`select not exists (select 1 from events.outbox o, events.checkpoints c
              where c.consumer = ${`__relay:nats:${prefix}`} and (o.txid, o.position) > (c.last_txid, c.last_position))
            as done`,
        );
        return row?.done;
      },
      30_000,
      'the relay',
    );
  } finally {
    await relay.stop();
  }
}

describe('NATS: a transaction of several aggregates', () => {
  it('redone per aggregate when a handler throws: the others applied once, the failing one dead-lettered alone', async () => {
    const run = newId().slice(-12);
    const consumer = probeConsumer(`grouped-fail-${run}`, run, (seq) => seq === 1);
    await relayed(run, [0, 1, 2]);
    const transport = transportFor(consumer);
    await transport.start(); // fetches the three at once: one group
    try {
      await waitFor(async () => (await counted(consumer.name))?.dead === 1, 30_000, 'the dead letter');
      await waitFor(async () => (await appliedBy(database, consumer.name)).length >= 2, 30_000, 'the other two');
    } finally {
      await transport.stop();
    }
    const rows = await appliedBy(database, consumer.name);
    expect(rows.map((r) => r.seq).sort()).toEqual([0, 2]);
    expect(await counted(consumer.name)).toEqual({ retries: 0, dead: 1 });
  });

  // PostgreSQL only: on PGlite's one connection no other transaction can hold a lock meanwhile.
  if (process.env.DATABASE_URL)
    it('is redone per aggregate, nothing counted: every event applied once, no retry, no dead letter', async () => {
      const run = newId().slice(-12);
      const name = `grouped-${run}`;
      const calls = new Map<string, number>();
      let redone!: () => void;
      const again = new Promise<void>((r) => {
        redone = r;
      });
      const consumer: ConsumerDefinition = {
        name,
        events: [contractHappened],
        async handle({ event, tx }) {
          if (!event.aggregate.id.startsWith(run)) return;
          const n = (calls.get(event.id) ?? 0) + 1;
          calls.set(event.id, n);
          if (n === 2) redone(); // the grouped transaction was rolled back and this event runs again
          await tx.execute(sql`select k from probe.locks where k = 'L' for update`);
          await tx.execute(sql`insert into probe.applied (consumer, event_id, aggregate, seq)
          values (${name}, ${event.id}, ${event.aggregate.id}, ${(event.payload as { seq: number }).seq})`);
        },
      };
      const holder = new pg.Client({ connectionString: database.url as string });
      await holder.connect();
      const transport = transportFor(consumer);
      try {
        // Relayed before the lock is taken: the holder's transaction id would hold the log horizon back.
        await relayed(run, [0, 1, 2]);
        await holder.query('begin');
        await holder.query(`select k from probe.locks where k = 'L' for update`);
        await transport.start(); // fetches the three at once: one group
        await again; // the group gave up on the lock; its aggregates now wait in transactions of their own
        await holder.query('commit');
        await waitFor(async () => (await appliedBy(database, name)).length >= 3, 30_000, 'the three events');
      } finally {
        await holder.query('rollback').catch(() => undefined);
        await holder.end();
        await transport.stop();
      }
      const rows = await appliedBy(database, name);
      expect(rows.map((r) => r.seq).sort()).toEqual([0, 1, 2]);
      expect(new Set(rows.map((r) => r.event_id)).size).toBe(3);
      expect(await counted(name)).toEqual({ retries: 0, dead: 0 });
    });
});
