import { type DatabaseHandle, queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ConsumerDefinition } from '../consumer';
import { defineEvent } from '../define-event';
import { publish } from '../publish';

// The probe the transport suites drive: an event, a table its consumers write their effects to,
// consumers that record (and may fail), and a way to wait for what they applied.

export const contractHappened = defineEvent({
  type: 'probe.contract.happened',
  version: 1,
  aggregate: 'probe',
  description: 'Contract-suite probe event (tests only).',
  payload: z.object({ seq: z.number().int(), run: z.string() }),
});

export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Creates the probe table handlers write their effects to (no unique key: a double apply shows). */
export async function createProbeTable(database: DatabaseHandle): Promise<void> {
  await database.asOwner(async (db) => {
    await db.execute(sql`create schema if not exists probe`);
    await db.execute(sql`create table if not exists probe.applied (
      n bigserial primary key, consumer text not null, event_id uuid not null, aggregate text not null, seq int not null)`);
    await db.execute(sql`grant usage on schema probe to nexova_app`);
    await db.execute(sql`grant select, insert, update, delete on all tables in schema probe to nexova_app`);
    await db.execute(sql`grant usage, select on all sequences in schema probe to nexova_app`);
  });
}

export type Applied = { consumer: string; event_id: string; aggregate: string; seq: number };

export const appliedBy = (database: DatabaseHandle, consumer: string) =>
  queryRows<Applied>(
    database.db,
    sql`select consumer, event_id, aggregate, seq from probe.applied where consumer = ${consumer} order by n`,
  );

/**
 * A consumer that writes each event whose aggregate starts with `scope` to probe.applied (a new
 * consumer reads the whole log, other tests' events included); `fail` decides whether it then throws.
 */
export function probeConsumer(
  name: string,
  scope: string,
  fail: (seq: number, aggregate: string) => boolean = () => false,
): ConsumerDefinition & { calls: number } {
  const consumer = {
    name,
    events: [contractHappened],
    calls: 0,
    async handle({ event, tx }: Parameters<ConsumerDefinition['handle']>[0]) {
      if (!event.aggregate.id.startsWith(scope)) return;
      consumer.calls++;
      const payload = event.payload as { seq: number };
      await tx.execute(
        sql`insert into probe.applied (consumer, event_id, aggregate, seq)
            values (${name}, ${event.id}, ${event.aggregate.id}, ${payload.seq})`,
      );
      if (fail(payload.seq, event.aggregate.id)) throw new Error(`probe failure at ${payload.seq}`);
    },
  };
  return consumer;
}

export async function publishProbe(database: DatabaseHandle, items: { aggregate: string; seq: number; run: string }[]) {
  const ctx = { ...systemContext(newId()), db: database.db };
  await withTransaction(ctx, async (t) => {
    for (const item of items) {
      await publish(t, contractHappened, { aggregateId: item.aggregate, payload: { seq: item.seq, run: item.run } });
    }
  });
}
