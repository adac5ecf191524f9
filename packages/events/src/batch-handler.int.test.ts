import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConsumer } from './consumer';
import { defineEvent } from './define-event';
import { createEmbeddedTransport } from './embedded';
import { publish } from './publish';

// A consumer with a batch handler (a read model folding a burst into one write) gets each run of
// one workspace's events at once, in log order, under that workspace's scope; when the batch
// handler throws, the batch runs again event by event through `handle`, so the failure lands on its
// event (a retry) and the others are handled once.

const noted = defineEvent({
  type: 'probe.batch.noted',
  version: 1,
  aggregate: 'probe',
  description: 'Batch handler probe (tests only).',
  payload: z.object({ label: z.string() }),
});
const flagged = defineEvent({
  type: 'probe.batch.flagged',
  version: 1,
  aggregate: 'probe',
  description: 'Batch handler fallback probe (tests only).',
  payload: z.object({ label: z.string() }),
});

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.dispose());

/** Publishes events of one workspace in one transaction (each its own aggregate). */
const emit = (workspaceId: string, ...labels: string[]) => emitOf(noted, workspaceId, labels);
const emitOf = (definition: typeof noted | typeof flagged, workspaceId: string, labels: string[]) =>
  withTransaction({ ...systemContext(workspaceId), db: database.db }, async (t) => {
    for (const label of labels) await publish(t, definition, { aggregateId: newId(), payload: { label } });
  });

describe(`a consumer's batch handler (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('takes each run of one workspace at once, in log order, under its scope', async () => {
    const runs: { workspace: string | null; scope: string | undefined; labels: string[] }[] = [];
    const single: string[] = [];
    const consumer = defineConsumer({
      name: 'probe.batch-runs',
      events: [noted],
      async handle({ event }) {
        single.push(event.payload.label);
      },
      async handleBatch({ ctx, events, tx }) {
        const [row] = await queryRows<{ ws: string }>(tx, sql`select current_setting('app.workspace_id', true) as ws`);
        runs.push({ workspace: ctx.workspaceId, scope: row?.ws, labels: events.map((e) => e.payload.label) });
      },
    });
    const [w1, w2] = [newId(), newId()];
    await emit(w1, 'a');
    await emit(w2, 'b');
    await emit(w1, 'c');
    await emit(w1, 'd', 'e');
    const transport = createEmbeddedTransport({ database, consumers: [consumer], pollIntervalMs: 20 });
    expect(await transport.drain()).toBe(5);
    expect(single).toEqual([]);
    expect(runs).toEqual([
      { workspace: w1, scope: w1, labels: ['a'] },
      { workspace: w2, scope: w2, labels: ['b'] },
      { workspace: w1, scope: w1, labels: ['c', 'd', 'e'] },
    ]);
    // Handled once: a second drain finds nothing.
    expect(await transport.drain()).toBe(0);
    expect(runs).toHaveLength(3);
  });

  it('falls back to handle, event by event, when the batch handler throws', async () => {
    const handled: string[] = [];
    const consumer = defineConsumer({
      name: 'probe.batch-fallback',
      events: [flagged],
      async handle({ event }) {
        if (event.payload.label === 'poison') throw new Error('this one cannot be handled');
        handled.push(event.payload.label);
      },
      async handleBatch({ events }) {
        if (events.some((e) => e.payload.label === 'poison')) throw new Error('the batch cannot be handled');
        handled.push(...events.map((e) => `batch:${e.payload.label}`));
      },
    });
    const ws = newId();
    await emitOf(flagged, ws, ['x', 'poison', 'y']);
    const transport = createEmbeddedTransport({ database, consumers: [consumer], pollIntervalMs: 20 });
    await transport.drain();
    expect(handled).toEqual(['x', 'y']);
    const retries = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from events.retries where consumer = ${consumer.name}`,
    );
    expect(retries[0]?.n).toBe(1);
  });
});
