import { queryRows } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { createTestDatabase, services, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCheckpoint } from './checkpoint';
import { consumeBatch, type StepOptions } from './consume-batch';
import type { ConsumerDefinition } from './consumer';
import { eventMetrics } from './metrics';
import { outcomeHooks } from './outcome-hooks';
import { appliedBy, contractHappened, createProbeTable, probeConsumer, publishProbe, waitFor } from './testing/probe';
import { errorText } from './transient';

// Event processing under contention on a real PostgreSQL server (issue 9, part 3):
// - a deadlock between a consumer's transaction and another one is retried without counting an
//   attempt (EVENTS_MAX_ATTEMPTS = 1 would otherwise dead-letter the event);
// - the log horizon is this database's: an open write transaction in ANOTHER database of the same
//   server does not stall the consumers;
// - a dead letter keeps the underlying cause (pg's message and SQLSTATE under drizzle's wrapper)
//   and raises the alert (metric + error log).

let database: TestDatabase;
let admin: pg.Client; // superuser on this test database: sees every backend's wait state
beforeAll(async () => {
  database = await createTestDatabase();
  await createProbeTable(database);
  await database.asOwner(async (db) => {
    await db.execute(sql`create table probe.locks (k text primary key)`);
    await db.execute(sql`insert into probe.locks values ('A'), ('B')`);
    await db.execute(sql`grant select, update on probe.locks to nexova_app`);
  });
  admin = new pg.Client({ connectionString: database.url as string });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await database?.dispose();
});

const ONE_ATTEMPT = { maxAttempts: 1, baseMs: 5, maxMs: 40 };

const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
};

const deadLetters = (consumer: string) =>
  queryRows<{ last_error: string; attempts: number }>(
    database.db,
    sql`select last_error, attempts from events.dead_letters where consumer = ${consumer}`,
  );
const retries = (consumer: string) =>
  queryRows<{ attempts: number }>(database.db, sql`select attempts from events.retries where consumer = ${consumer}`);

describe('event processing under contention (PostgreSQL)', () => {
  it('a deadlock with another transaction is retried without counting an attempt: handled, not dead-lettered', async () => {
    const run = newId().slice(-12);
    const lockedA = gate();
    const mayTakeB = gate();
    let calls = 0;
    // Locks A then B; on its first call it waits between the two until the test lets it go on.
    const consumer: ConsumerDefinition = {
      name: `deadlock-${run}`,
      events: [contractHappened],
      async handle({ event, tx }) {
        if (!event.aggregate.id.startsWith(run)) return;
        calls++;
        await tx.execute(sql`select k from probe.locks where k = 'A' for update`);
        if (calls === 1) {
          lockedA.open();
          await mayTakeB.opened;
        }
        await tx.execute(sql`select k from probe.locks where k = 'B' for update`);
        await tx.execute(sql`insert into probe.applied (consumer, event_id, aggregate, seq)
          values (${consumer.name}, ${event.id}, ${event.aggregate.id}, 1)`);
      },
    };
    await ensureCheckpoint(database.db, consumer.name);
    await publishProbe(database, [{ aggregate: `${run}-a`, seq: 1, run }]);

    const other = new pg.Client({ connectionString: database.url as string });
    await other.connect();
    const transient: unknown[] = [];
    try {
      await other.query('begin');
      await other.query(`select k from probe.locks where k = 'B' for update`); // B first, then A
      const step = consumeBatch(database, consumer, {
        batchSize: 10,
        retry: ONE_ATTEMPT,
        onTransient: (error) => transient.push(error),
      });
      await lockedA.opened;
      mayTakeB.open();
      // The handler now waits for B (held here); only then does this transaction ask for A.
      await waitFor(
        async () =>
          (
            await admin.query(
              `select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
            )
          ).rowCount === 1,
        20_000,
        'the handler to wait for row B',
      );
      // PostgreSQL finds the cycle in the backend that has waited longest (the consumer's) and
      // aborts it with 40P01; this transaction then gets A, and commits.
      await other.query(`select k from probe.locks where k = 'A' for update`);
      await other.query('commit');
      expect(await step).toBe(1);
    } finally {
      await other.end();
    }

    expect(transient).toHaveLength(1);
    expect(errorText(transient[0])).toMatch(/deadlock detected \[SQLSTATE 40P01\]/);
    expect(calls).toBe(2); // rolled back once, run again
    expect((await appliedBy(database, consumer.name)).map((r) => r.aggregate)).toEqual([`${run}-a`]);
    // No attempt counted: no retry scheduled, no dead letter, no error on the checkpoint.
    expect(await deadLetters(consumer.name)).toEqual([]);
    expect(await retries(consumer.name)).toEqual([]);
    const [cp] = await queryRows<{ last_error: string | null }>(
      database.db,
      sql`select last_error from events.checkpoints where consumer = ${consumer.name}`,
    );
    expect(cp?.last_error).toBeNull();
  });

  it('an open write transaction in another database on the same server does not stall the consumers', async () => {
    const run = newId().slice(-12);
    const consumer = probeConsumer(`horizon-${run}`, run);
    await ensureCheckpoint(database.db, consumer.name);
    const elsewhere = new pg.Client({ connectionString: services.postgresUrl }); // the server's admin database
    await elsewhere.connect();
    try {
      await elsewhere.query('begin');
      const { rows } = await elsewhere.query<{ xid: string }>('select pg_current_xact_id()::text as xid');
      await publishProbe(database, [{ aggregate: `${run}-a`, seq: 1, run }]);
      // The cluster-wide horizon (what consumers used to read up to) is held below the event...
      const [held] = await queryRows<{ stalled: boolean }>(
        database.db,
        sql`select pg_snapshot_xmin(pg_current_snapshot()) <= ${rows[0]?.xid}::xid8 as stalled`,
      );
      expect(held?.stalled).toBe(true);
      // ...while this database's horizon is not: the event is read with the other transaction open.
      const read = await consumeBatch(database, consumer, { batchSize: 10, retry: ONE_ATTEMPT });
      expect(read).toBeGreaterThanOrEqual(1);
      expect((await appliedBy(database, consumer.name)).map((r) => r.seq)).toEqual([1]);
    } finally {
      await elsewhere.query('rollback').catch(() => undefined);
      await elsewhere.end();
    }
  });

  it('a dead letter keeps the cause (message and SQLSTATE under the query wrapper) and raises the alert', async () => {
    const run = newId().slice(-12);
    const consumer: ConsumerDefinition = {
      name: `cause-${run}`,
      events: [contractHappened],
      critical: true,
      async handle({ event, tx }) {
        if (event.aggregate.id.startsWith(run)) await tx.execute(sql`select 1 / (${0}::int) as boom`);
      },
    };
    await ensureCheckpoint(database.db, consumer.name);
    await publishProbe(database, [{ aggregate: `${run}-a`, seq: 1, run }]);
    const registry = new Registry();
    const lines: { level: string; obj: Record<string, unknown>; msg?: string }[] = [];
    const logger = {
      warn: (obj: object, msg?: string) => lines.push({ level: 'warn', obj: obj as Record<string, unknown>, msg }),
      error: (obj: object, msg?: string) => lines.push({ level: 'error', obj: obj as Record<string, unknown>, msg }),
    };
    const options: StepOptions = {
      batchSize: 10,
      retry: ONE_ATTEMPT,
      ...outcomeHooks({ consumer, transport: 'embedded', metrics: eventMetrics(registry), logger, database }),
    };
    await consumeBatch(database, consumer, options);

    const [letter] = await deadLetters(consumer.name);
    expect(letter?.attempts).toBe(1);
    expect(letter?.last_error).toMatch(/^error: division by zero \[SQLSTATE 22012\]/);
    expect(letter?.last_error).toContain('Failed query: select 1 / ($1::int)');

    const alert = lines.find((l) => l.level === 'error');
    expect(alert?.obj).toMatchObject({
      alert: 'event_dead_lettered',
      critical: true,
      consumer: consumer.name,
      event_type: 'probe.contract.happened.v1',
      aggregate_type: 'probe',
      aggregate_id: `${run}-a`,
    });
    expect(alert?.msg).toContain(`nexova events dlq replay ${alert?.obj.dead_letter_id}`);
    const text = await registry.metrics();
    expect(text).toContain(
      `nexova_events_dead_letters_total{consumer="${consumer.name}",event_type="probe.contract.happened.v1"} 1`,
    );
    await waitFor(
      async () => (await registry.metrics()).includes(`nexova_events_dead_letters_open{consumer="${consumer.name}"} 1`),
      5000,
      'the open dead letters gauge',
    );
  });
});
