import { withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEvent } from './define-event';
import { publish } from './publish';
import { Wakeup } from './wakeup';

// The LISTEN connection on PostgreSQL: a Wakeup stopped and started again (a transport restarted,
// NATS consumers reset) gets the same pooled client object back, and must still release it.

const woke = defineEvent({
  type: 'probe.wakeup.happened',
  version: 1,
  aggregate: 'probe',
  description: 'Wake-up probe event (tests only).',
  payload: z.object({}),
});

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

const checkedOut = () => {
  const pool = database.pool as { totalCount: number; idleCount: number };
  return pool.totalCount - pool.idleCount;
};

describe('Wakeup on PostgreSQL', () => {
  it('releases its LISTEN connection on every stop, and wakes on commit after a restart', async () => {
    const wakeup = new Wakeup(database);
    for (let round = 0; round < 3; round++) {
      await wakeup.start();
      expect(checkedOut()).toBe(1);
      await wakeup.stop();
      expect(checkedOut()).toBe(0);
    }
    await wakeup.start();
    let woken = false;
    const unsubscribe = wakeup.onWake(() => {
      woken = true;
    });
    // A wait far longer than the test: only the NOTIFY sent at commit ends it.
    const waiting = wakeup.wait(3_600_000).then(() => woken);
    await withTransaction({ ...systemContext(newId()), db: database.db }, (t) =>
      publish(t, woke, { aggregateId: 'w', payload: {} }),
    );
    expect(await waiting).toBe(true);
    unsubscribe();
    await wakeup.stop();
    expect(checkedOut()).toBe(0);
  });
});
