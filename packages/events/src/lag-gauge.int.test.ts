import { withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { z } from 'zod';
import { defineConsumer } from './consumer';
import { defineEvent } from './define-event';
import { createEmbeddedTransport } from './embedded';
import { eventMetrics } from './metrics';
import { publish } from './publish';
import { waitFor } from './testing/probe';

// The embedded loop keeps each consumer's lag gauge true without a query per commit: zero once it
// has read everything of its types, the waiting events while a failed one waits for its retry.

const ticked = defineEvent({
  type: 'probe.lag.ticked',
  version: 1,
  aggregate: 'probe',
  description: 'Lag gauge probe (tests only).',
  payload: z.object({ fail: z.boolean() }),
});

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

describe(`the consumer lag gauge (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('is zero after the consumer caught up, and counts what waits behind a retry', async () => {
    const handled: string[] = [];
    const consumer = defineConsumer({
      name: 'probe.lag',
      events: [ticked],
      async handle({ event }) {
        if (event.payload.fail) throw new Error('not yet');
        handled.push(event.id);
      },
    });
    const registry = new Registry();
    const metrics = eventMetrics(registry);
    const lag = async () =>
      (await metrics.lagEvents.get()).values.find((v) => v.labels.consumer === consumer.name)?.value;
    const transport = createEmbeddedTransport({
      database,
      consumers: [consumer],
      pollIntervalMs: 20,
      metrics: registry,
      retry: { baseMs: 600_000, maxMs: 600_000, maxAttempts: 5 },
    });
    await transport.start();
    try {
      const ws = newId();
      const emit = (fail: boolean, aggregateId = newId()) =>
        withTransaction({ ...systemContext(ws), db: database.db }, (t) =>
          publish(t, ticked, { aggregateId, payload: { fail } }),
        );
      for (let i = 0; i < 5; i++) await emit(false);
      await waitFor(async () => handled.length === 5, 20_000, 'the five events handled');
      await waitFor(async () => (await lag()) === 0, 20_000, 'the gauge at zero');

      // One aggregate's head fails (a retry far away): it and the event behind it wait.
      const stuck = newId();
      await emit(true, stuck);
      await emit(false, stuck);
      await waitFor(async () => (await lag()) === 2, 20_000, 'the gauge counting the two waiting events');
    } finally {
      await transport.stop();
    }
  });
});
