import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { newId } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsumerDefinition } from './consumer';
import { createNatsTransport, deleteNatsStreams } from './nats';
import { appliedBy, contractHappened, createProbeTable, publishProbe, waitFor } from './testing/probe';

// What a worker holds is never left to the ack wait while the worker is alive (issue 9, part 3):
// a long handling renews the ack wait (working()), and a stopping worker (SIGTERM → stop()) naks
// what it fetched but did not handle, so another worker takes it over at once.

const url = process.env.NATS_URL as string;
const prefix = `h${newId().replace(/-/g, '').slice(-12)}`;
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await createProbeTable(database);
});
afterAll(async () => {
  await database?.dispose();
  await deleteNatsStreams(url, prefix);
});

/** A probe consumer whose handler, for seq 0 of its run, first waits for `hold()` to resolve. */
function heldConsumer(name: string, run: string, hold: () => Promise<void>): ConsumerDefinition {
  return {
    name,
    events: [contractHappened],
    async handle({ event, tx }) {
      if (!event.aggregate.id.startsWith(run)) return;
      const seq = (event.payload as { seq: number }).seq;
      if (seq === 0) await hold();
      await tx.execute(sql`insert into probe.applied (consumer, event_id, aggregate, seq)
        values (${name}, ${event.id}, ${event.aggregate.id}, ${seq})`);
    },
  };
}

const durableInfo = async (consumer: string) => {
  const nc = await connect({ servers: url });
  try {
    const jsm = await jetstreamManager(nc);
    return await jsm.consumers.info(`${prefix}probe`.toUpperCase(), `${prefix}${consumer}-probe`);
  } finally {
    await nc.close();
  }
};

const transport = (consumer: ConsumerDefinition, ackWaitMs: number) =>
  createNatsTransport({
    url,
    prefix,
    database,
    consumers: [consumer],
    retry: { maxAttempts: 1, baseMs: 5, maxMs: 40 },
    pollIntervalMs: 20,
    batchSize: 10,
    ackWaitMs,
  });

describe('NATS: fetched messages are not left to the ack wait', () => {
  it('a handling longer than the ack wait is not redelivered to the other worker (working() renews it)', async () => {
    const run = newId().slice(-12);
    const name = `slow-${run}`;
    const consumer = heldConsumer(name, run, () => new Promise((r) => setTimeout(r, 3500))); // 3.5 ack waits
    const workers = [transport(consumer, 1000), transport(consumer, 1000)];
    for (const w of workers) await w.start(); // both pulling: an expired ack wait hands seq 0 to the other
    try {
      await publishProbe(
        database,
        [0, 1].map((seq) => ({ aggregate: `${run}-${seq}`, seq, run })),
      );
      await waitFor(async () => (await appliedBy(database, name)).length === 2, 30_000, 'both events');
      // Every delivery takes a consumer sequence: 2 for 2 messages means none was redelivered.
      const info = await durableInfo(name);
      expect(info.delivered.stream_seq).toBe(2);
      expect(info.delivered.consumer_seq).toBe(2);
    } finally {
      for (const w of workers) await w.stop();
    }
  });

  // PostgreSQL only: on PGlite's single connection, worker B could not even start while A's
  // transaction is held open inside its handler.
  if (process.env.DATABASE_URL)
    it('a stopping worker naks what it fetched but did not handle: a live worker takes it over at once', async () => {
      const run = newId().slice(-12);
      const name = `handover-${run}`;
      let entered!: () => void;
      const inHandler = new Promise<void>((r) => {
        entered = r;
      });
      let release!: () => void;
      const released = new Promise<void>((r) => {
        release = r;
      });
      let first = true;
      const consumer = heldConsumer(name, run, async () => {
        if (!first) return;
        first = false;
        entered();
        await released;
      });
      // An ack wait far beyond the test's timeout: a message left to it would never come back in time.
      const a = transport(consumer, 600_000);
      const b = transport(consumer, 600_000);
      await a.start();
      try {
        await publishProbe(
          database,
          [0, 1, 2, 3, 4].map((seq) => ({ aggregate: `${run}-${seq}`, seq, run })),
        );
        await inHandler; // worker A holds the batch and is handling its first event
        await b.start(); // worker B is alive, with nothing to fetch: A holds every message
        const stopping = a.stop(); // what SIGTERM runs
        release();
        await stopping; // A finished the event in hand and nak'ed the rest
        const rows = await waitFor(
          async () => {
            const r = await appliedBy(database, name);
            return r.length === 5 && r;
          },
          30_000,
          'worker B to handle what A handed back',
        );
        expect(rows.map((r) => r.seq).sort()).toEqual([0, 1, 2, 3, 4]);
        expect(new Set(rows.map((r) => r.event_id)).size).toBe(5);
      } finally {
        await a.stop();
        await b.stop();
      }
    });
});
