import { withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent } from './define-event';
import { publish } from './publish';
import { Wakeup } from './wakeup';

// A consumer loop's Interest ends its wait only for commits of the types it handles: publish
// notifies with the event's type (one notification per type, sent together after the COMMIT), and
// a commit of other types wakes the plain waiters (relay, realtime) but not that loop.

const probe = (name: string) =>
  defineEvent({
    type: `probe.interest.${name}_happened`,
    version: 1,
    aggregate: 'probe',
    description: `Interest probe ${name} (tests only).`,
    payload: z.object({}),
  });
const ofA = probe('a');
const ofB = probe('b');
const ofC = probe('c');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

const emit = (...definitions: ReturnType<typeof probe>[]) =>
  withTransaction({ ...systemContext(newId()), db: database.db }, async (t) => {
    for (const definition of definitions) await publish(t, definition, { aggregateId: newId(), payload: {} });
  });

const HOUR = 3_600_000;

describe(`a loop's interest in event types (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('is woken by a commit of its types, not by one of other types', async () => {
    const wakeup = new Wakeup(database);
    await wakeup.start();
    const interest = wakeup.interest([ofA.type]);
    try {
      let woken = false;
      const seen = interest.seen;
      const waiting = interest.wait(HOUR, seen).then(() => {
        woken = true;
      });
      // A plain waiter hears every commit: once it has heard B's, the interest has too.
      const heardB = wakeup.wait(HOUR);
      await emit(ofB);
      await heardB;
      expect(woken).toBe(false);
      expect(interest.seen).toBe(seen);

      // One commit of C and A (two notifications, one statement after the commit) wakes it.
      await emit(ofC, ofA);
      await waiting;
      expect(woken).toBe(true);
      expect(interest.seen).toBeGreaterThan(seen);
      // A wake-up it did not wait for is kept: the next wait from the old mark ends at once.
      await interest.wait(HOUR, seen);
    } finally {
      interest.drop();
      await wakeup.stop();
    }
  });

  it('is woken by wakeAll (a reconnect catch-up, stop)', async () => {
    const wakeup = new Wakeup(database);
    await wakeup.start();
    const interest = wakeup.interest([ofA.type]);
    const waiting = interest.wait(HOUR, interest.seen);
    wakeup.wakeAll();
    await waiting;
    interest.drop();
    await wakeup.stop();
  });
});
