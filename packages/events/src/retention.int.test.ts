import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConsumer } from './consumer';
import { defineEvent } from './define-event';
import { publish } from './publish';
import { defineReadModel, retainedEventTypes } from './read-model';
import { sweepEvents } from './sweeper';

// The retention sweeper and read models: the event types a read model is built from stay in the
// log whatever their age; other old rows that no consumer still needs go.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

const payload = z.object({ n: z.number() });
const kept = defineEvent({
  type: 'probe.kept.happened',
  version: 1,
  aggregate: 'probe',
  description: 'Kept (tests).',
  payload,
});
const swept = defineEvent({
  type: 'probe.swept.happened',
  version: 1,
  aggregate: 'probe',
  description: 'Swept (tests).',
  payload,
});
const model = defineReadModel({
  name: 'probe-model',
  consumers: [defineConsumer({ name: 'probe.model', events: [kept], handle: async () => {} })],
  reset: async () => {},
});

describe('retention and read models', () => {
  it('the sweeper keeps the types a read model declares and deletes other old rows', async () => {
    const ctx = { ...systemContext(newId()), db: database.db };
    const old = new Date(Date.now() - 30 * 86_400_000);
    await withTransaction(ctx, async (t) => {
      for (const def of [kept, swept, kept])
        await publish(t, def, { aggregateId: 'a', payload: { n: 1 }, occurredAt: old });
    });
    expect(retainedEventTypes([model])).toEqual(['probe.kept.happened']);
    const result = await sweepEvents(database.db, 7, 10_000, retainedEventTypes([model]));
    expect(result.outbox).toBe(1);
    const left = await queryRows<{ type: string }>(database.db, sql`select type from events.outbox order by position`);
    expect(left.map((r) => r.type)).toEqual(['probe.kept.happened', 'probe.kept.happened']);
    // Without read models, the same rows go.
    expect((await sweepEvents(database.db, 7)).outbox).toBe(2);
  });

  it('a read model needs a lower-case name and a consumer', () => {
    expect(() => defineReadModel({ ...model, name: 'Probe' })).toThrow(/lower case/);
    expect(() => defineReadModel({ ...model, consumers: [] })).toThrow(/no consumers/);
  });
});
