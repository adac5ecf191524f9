import { queryRows } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConsumer } from './consumer';
import { defineEvent } from './define-event';
import { createEmbeddedTransport } from './embedded';
import { eventsAfter } from './realtime-feed';

// Readers select `txid::text as txid`: an `order by txid` would sort by that text, so 10000 came
// before 9998 and a batch crossing a power of ten moved its cursor past events it never read
// (found by the scale bench). Rows written with txids p-2 … p+1 below the current one must come
// back in numeric order, a page at a time.

const ordered = defineEvent({
  type: 'probe.log.ordered',
  version: 1,
  aggregate: 'probe',
  description: 'Log order probe (tests only).',
  payload: z.object({}),
});
const handled: string[] = [];
const consumer = defineConsumer({
  name: 'probe.log-order',
  events: [ordered],
  async handle({ event }) {
    handled.push(event.aggregate.id);
  },
});

let database: TestDatabase;
const workspace = newId();
let txids: bigint[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const [now] = await queryRows<{ txid: string }>(database.db, sql`select pg_current_xact_id()::text as txid`);
  const current = BigInt(now?.txid ?? '0');
  let p = 10n ** BigInt(String(current).length - 1);
  if (p + 2n > current) p /= 10n; // every row below the horizon
  txids = [p - 2n, p - 1n, p, p + 1n];
  await database.asOwner((db) =>
    db.execute(sql`insert into events.outbox (id, type, version, workspace_id, aggregate_type, aggregate_id,
        actor_type, occurred_at, payload, txid)
      select gen_random_uuid(), 'probe.log.ordered', 1, ${workspace}, 'probe', 'n' || n::text, 'system', now(), '{}'::jsonb,
        t::text::xid8
      from unnest(${sql.raw(`array[${txids.join(',')}]::bigint[]`)}) with ordinality as u(t, n) order by n`),
  );
});
afterAll(() => database?.dispose());

describe('the log is read in numeric txid order', () => {
  it('pages of two cross a power of ten without skipping', async () => {
    const first = await eventsAfter(database.db, workspace, { txid: '0', position: 0 }, 2);
    const last = first.at(-1);
    if (!last) throw new Error('nothing read');
    const second = await eventsAfter(database.db, workspace, last, 2);
    expect([...first, ...second].map((r) => r.txid)).toEqual(txids.map(String));
  });

  it('a consumer reading batches of two handles every event, in txid order', async () => {
    const transport = createEmbeddedTransport({ database, consumers: [consumer], batchSize: 2 });
    await transport.drain();
    expect(handled).toEqual(['n1', 'n2', 'n3', 'n4']);
  });
});
