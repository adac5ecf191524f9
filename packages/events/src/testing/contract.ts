import { type DatabaseHandle, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetryPolicy } from '../backoff';
import type { ConsumerDefinition } from '../consumer';
import { DeadLetterError, getDeadLetter, listDeadLetters, replayDeadLetter } from '../dlq';
import { publish } from '../publish';
import { appliedBy, contractHappened, createProbeTable, probeConsumer, publishProbe, waitFor } from './probe';

// The suites import the probe from here too.
export {
  type Applied,
  appliedBy,
  contractHappened,
  createProbeTable,
  probeConsumer,
  publishProbe,
  waitFor,
} from './probe';

/**
 * A migrated test database holding the probe table, created before the file's (or the describe
 * block's) tests and dropped after them: `probe.current` inside a test.
 */
export function useProbeDatabase(): { readonly current: TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    await createProbeTable(database);
  });
  afterAll(async () => {
    await database?.dispose();
  });
  return {
    get current() {
      if (!database) throw new Error('the probe database is created in beforeAll: use it inside a test');
      return database;
    },
  };
}

/** What the contract suite drives: a started transport delivering to the given consumers. */
export type ContractTransport = {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Makes the transport deliver everything again (a crash before acks / a checkpoint reset). */
  redeliverAll(): Promise<void>;
};

export type ContractSetup = {
  database: () => DatabaseHandle;
  transport(consumers: ConsumerDefinition[], retry: RetryPolicy): Promise<ContractTransport>;
};

const FAST: RetryPolicy = { maxAttempts: 5, baseMs: 5, maxMs: 40 };

/** The behaviour every transport must have (issue 5): one suite, run against each transport. */
export function transportContract(name: string, setup: ContractSetup): void {
  describe(`event transport contract: ${name}`, () => {
    const run = newId().slice(-12);
    const cname = (what: string) => `contract-${run}-${what}`;
    const started: ContractTransport[] = [];
    const open = async (consumers: ConsumerDefinition[], retry = FAST) => {
      const t = await setup.transport(consumers, retry);
      started.push(t);
      await t.start();
      return t;
    };
    beforeAll(async () => {
      await createProbeTable(setup.database());
    });
    afterAll(async () => {
      for (const t of started) await t.stop();
    });

    it('delivers every committed event to every consumer once, in order per aggregate', async () => {
      const a = probeConsumer(cname('deliver-a'), `${run}-deliver`);
      const b = probeConsumer(cname('deliver-b'), `${run}-deliver`);
      const t = await open([a, b]);
      const aggregates = ['x', 'y', 'z'].map((k) => `${run}-deliver-${k}`);
      for (let batch = 0; batch < 5; batch++) {
        await publishProbe(
          setup.database(),
          aggregates.flatMap((aggregate) => [0, 1].map((i) => ({ aggregate, seq: batch * 2 + i, run }))),
        );
      }
      // A rolled-back transaction's events are never delivered.
      await withTransaction({ ...systemContext(newId()), db: setup.database().db }, async (tx) => {
        await publish(tx, contractHappened, { aggregateId: aggregates[0] as string, payload: { seq: 999, run } });
        throw new Error('rollback');
      }).catch(() => undefined);
      for (const c of [a, b]) {
        const rows = await waitFor(async () => {
          const r = await appliedBy(setup.database(), c.name);
          return r.length >= 30 && r;
        });
        expect(rows).toHaveLength(30);
        expect(new Set(rows.map((r) => r.event_id)).size).toBe(30);
        for (const aggregate of aggregates) {
          expect(rows.filter((r) => r.aggregate === aggregate).map((r) => r.seq)).toEqual([...Array(10).keys()]);
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(await appliedBy(setup.database(), a.name)).toHaveLength(30);
      await t.stop();
    });

    it('skips redelivered events through the inbox (effectively once)', async () => {
      const c = probeConsumer(cname('dedupe'), `${run}-dedupe`);
      const t = await open([c]);
      await publishProbe(
        setup.database(),
        [...Array(10).keys()].map((seq) => ({ aggregate: `${run}-dedupe`, seq, run })),
      );
      await waitFor(async () => (await appliedBy(setup.database(), c.name)).length >= 10);
      await t.redeliverAll();
      await publishProbe(setup.database(), [{ aggregate: `${run}-dedupe`, seq: 10, run }]);
      await waitFor(async () => (await appliedBy(setup.database(), c.name)).length >= 11);
      await new Promise((r) => setTimeout(r, 300));
      const rows = await appliedBy(setup.database(), c.name);
      expect(rows.map((r) => r.seq)).toEqual([...Array(11).keys()]);
      await t.stop();
    });

    it('retries with backoff, holds later events of the aggregate, then dead-letters after max attempts', async () => {
      let broken = true;
      const poison = `${run}-dlq-poison`;
      const c = probeConsumer(
        cname('dlq'),
        `${run}-dlq`,
        (seq, aggregate) => broken && aggregate === poison && seq === 0,
      );
      const t = await open([c]);
      await publishProbe(setup.database(), [
        { aggregate: poison, seq: 0, run },
        { aggregate: poison, seq: 1, run },
        { aggregate: `${run}-dlq-healthy`, seq: 0, run },
      ]);
      const [letter] = await waitFor(async () => {
        const l = await listDeadLetters(setup.database().db, { consumer: c.name });
        return l.length > 0 && l;
      });
      expect(letter?.attempts).toBe(5);
      const detail = await getDeadLetter(setup.database().db, letter?.id as string);
      expect(detail?.errors.map((e) => e.attempt)).toEqual([1, 2, 3, 4, 5]);
      expect(detail?.event?.payload).toEqual({ seq: 0, run });
      // The held event of the poisoned aggregate goes on once the head is dead-lettered; others never waited.
      const rows = await waitFor(async () => {
        const r = await appliedBy(setup.database(), c.name);
        return r.length >= 2 && r;
      });
      expect(rows.map((r) => `${r.aggregate}:${r.seq}`).sort()).toEqual([`${poison}:1`, `${run}-dlq-healthy:0`].sort());
      expect(c.calls).toBeGreaterThanOrEqual(5 + 2); // a batch that fails is redone event by event

      // Fixed, replayed: handled once; a second replay is refused.
      broken = false;
      await replayDeadLetter(setup.database().db, letter?.id as string);
      await waitFor(async () => (await appliedBy(setup.database(), c.name)).length >= 3);
      await new Promise((r) => setTimeout(r, 300));
      const after = await appliedBy(setup.database(), c.name);
      expect(after.filter((r) => r.aggregate === poison && r.seq === 0)).toHaveLength(1);
      await expect(replayDeadLetter(setup.database().db, letter?.id as string)).rejects.toBeInstanceOf(DeadLetterError);
      expect((await listDeadLetters(setup.database().db, { consumer: c.name })).length).toBe(0);
      await t.stop();
    });

    it('a transient failure succeeds on a later attempt, applied once', async () => {
      let failures = 2;
      const c = probeConsumer(cname('transient'), `${run}-transient`, () => failures-- > 0);
      const t = await open([c]);
      await publishProbe(setup.database(), [
        { aggregate: `${run}-transient`, seq: 0, run },
        { aggregate: `${run}-transient`, seq: 1, run },
      ]);
      const rows = await waitFor(async () => {
        const r = await appliedBy(setup.database(), c.name);
        return r.length >= 2 && r;
      });
      await new Promise((r) => setTimeout(r, 200));
      expect((await appliedBy(setup.database(), c.name)).map((r) => r.seq)).toEqual([0, 1]);
      expect(rows).toHaveLength(2);
      expect(c.calls).toBeGreaterThanOrEqual(3);
      await t.stop();
    });
  });
}
