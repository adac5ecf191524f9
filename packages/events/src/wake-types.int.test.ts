import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ConsumerDefinition, defineConsumer } from './consumer';
import { defineEvent } from './define-event';
import { createEmbeddedTransport } from './embedded';
import { publish } from './publish';
import { waitFor } from './testing/probe';

// A consumer reads the log only when an event of a type it handles is past its checkpoint: commits
// of other types wake the loop's shared gate (one statement for every consumer) but never make it
// open a transaction — its checkpoint stays where it was until its own type arrives (or the idle
// fallback, set far away here, moves it past them).

const ofA = defineEvent({
  type: 'probe.wake.a_happened',
  version: 1,
  aggregate: 'probe',
  description: 'Wake-by-type probe A (tests only).',
  payload: z.object({}),
});
const ofB = defineEvent({
  type: 'probe.wake.b_happened',
  version: 1,
  aggregate: 'probe',
  description: 'Wake-by-type probe B (tests only).',
  payload: z.object({}),
});

const seen = { a: new Set<string>(), b: new Set<string>() };
const consumerA = defineConsumer({
  name: 'probe.wake-a',
  events: [ofA],
  async handle({ event }) {
    seen.a.add(event.aggregate.id);
  },
});
const consumerB = defineConsumer({
  name: 'probe.wake-b',
  events: [ofB],
  async handle({ event }) {
    seen.b.add(event.aggregate.id);
  },
});

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

const emit = (definition: typeof ofA | typeof ofB, aggregateId: string) =>
  withTransaction({ ...systemContext(newId()), db: database.db }, (t) =>
    publish(t, definition, { aggregateId, payload: {} }),
  );
const checkpoint = async (consumer: ConsumerDefinition) => {
  const [row] = await queryRows<{ at: string; processed: string }>(
    database.db,
    sql`select last_txid::text || ':' || last_position as at, processed::text from events.checkpoints
        where consumer = ${consumer.name}`,
  );
  return row;
};

describe(`consumers wake for their own event types (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('commits of other types do not make a consumer read the log; its own type does at once', async () => {
    const transport = createEmbeddedTransport({
      database,
      consumers: [consumerA, consumerB],
      pollIntervalMs: 20,
      idlePollMs: 600_000,
    });
    await transport.start();
    try {
      const first = newId();
      await emit(ofB, first);
      // Committed (the handler runs before its transaction commits): B's checkpoint counts it.
      const before = await waitFor(
        async () => seen.b.has(first) && (await checkpoint(consumerB))?.processed === '1' && checkpoint(consumerB),
        20_000,
        'B to commit its first event',
      );

      const others = Array.from({ length: 5 }, () => newId());
      for (const id of others) await emit(ofA, id); // five commits, each one a wake-up
      await waitFor(async () => others.every((id) => seen.a.has(id)), 20_000, 'A to handle its events');
      // B's checkpoint has not moved: it never opened a transaction for A's events.
      expect(await checkpoint(consumerB)).toEqual(before);

      const second = newId();
      await emit(ofB, second);
      const after = await waitFor(
        async () => seen.b.has(second) && (await checkpoint(consumerB))?.processed === '2' && checkpoint(consumerB),
        20_000,
        'B to commit its second event',
      );
      expect(after?.at).not.toBe(before?.at);
    } finally {
      await transport.stop();
    }
  }, 60_000);
});
