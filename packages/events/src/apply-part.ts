import { type DatabaseHandle, queryRows, type Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';
import {
  applyEach,
  type BatchItem,
  blockedAggregates,
  type FailurePolicy,
  type Outcome,
  runItems,
} from './apply-batch';
import type { ConsumerDefinition } from './consumer';
import { aggregateKey } from './log-row';
import { isTransient } from './transient';

/**
 * In ONE statement: which aggregates of `items` have an event of this consumer waiting for a retry
 * (blocked), and the inbox marks of the other events (fresh: those not marked before). It replaces
 * blockedAggregates followed by the inbox insert — one round trip of the two a partition's
 * transaction needed before its handlers (issue 11: on NATS every partition of a fetch is a
 * transaction of its own, so its statements are paid per aggregate, not per batch). Both parts read
 * one snapshot, the same as the two statements did back to back under read committed but for a retry
 * scheduled in between, which the consumer's own transactions alone write for this aggregate.
 */
export async function markOpen(
  tx: Tx,
  consumer: ConsumerDefinition,
  items: BatchItem[],
): Promise<{ blocked: Set<string>; fresh: Set<string> }> {
  const wanted = JSON.stringify(items.map((i) => ({ id: i.event.id, key: aggregateKey(i.event) })));
  const rows = await queryRows<{ kind: 'b' | 'f'; value: string }>(
    tx,
    sql`with wanted as (select e.id, e.key from jsonb_to_recordset(${wanted}::jsonb) as e(id uuid, key text)),
        blocked as (
          select distinct r.aggregate_key from events.retries r
           where r.consumer = ${consumer.name} and r.aggregate_key in (select key from wanted)),
        marked as (
          insert into events.inbox (consumer, event_id)
          select ${consumer.name}, w.id from wanted w
           where not exists (select 1 from blocked b where b.aggregate_key = w.key)
          on conflict do nothing returning event_id)
        select 'b' as kind, aggregate_key as value from blocked
        union all select 'f', event_id::text from marked`,
  );
  const blocked = new Set<string>();
  const fresh = new Set<string>();
  for (const row of rows) (row.kind === 'b' ? blocked : fresh).add(row.value);
  return { blocked, fresh };
}

/**
 * Handles one partition's events inside `tx` (NATS: a transaction per partition). Fast path, two
 * round trips with the commit: a savepoint, markOpen, the handlers, release. If a handler throws,
 * the savepoint rolls back (inbox marks included) and the events are redone one by one (applyEach),
 * which schedules the retry or the dead letter. A transient failure (deadlock) is thrown instead
 * unless `policy.countTransient`, as applyItems does.
 */
export async function applyPart(
  database: Pick<DatabaseHandle, 'db'>,
  tx: Tx,
  consumer: ConsumerDefinition,
  items: BatchItem[],
  policy: FailurePolicy,
): Promise<Outcome[]> {
  const fast = await tx
    .transaction(async (sp) => {
      const { blocked, fresh } = await markOpen(sp as unknown as Tx, consumer, items);
      return runItems(database, sp as unknown as Tx, consumer, items, blocked, fresh);
    })
    .catch((error) => {
      if (!policy.countTransient && isTransient(error)) throw error;
      return null;
    });
  if (fast) return fast.map((ms) => ({ outcome: 'applied', ms }));
  const keys = [...new Set(items.map((i) => aggregateKey(i.event)))];
  return applyEach(database, tx, consumer, items, await blockedAggregates(tx, consumer, keys), policy);
}
