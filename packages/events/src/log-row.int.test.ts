import { queryRows, withTransaction } from '@nexova/db';
import { newId, systemContext } from '@nexova/kernel';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_COLUMNS, type LogRow, RELAY_COLUMNS, type RelayRow, toEnvelope } from './log-row';
import { publish } from './publish';
import { contractHappened } from './testing/probe';

// The NATS relay publishes the envelope PostgreSQL builds (RELAY_COLUMNS) instead of building it
// from the row in JavaScript (toEnvelope): consumers must receive the same event either way.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('the envelope built in SQL', () => {
  it('parses to what toEnvelope builds from the same row', async () => {
    const aggregate = `env-${newId()}`;
    const ctx = { ...systemContext(newId()), db: database.db };
    const awkward = 'ünïcødé "quoted" \\ back\nslash 🚀 </script>';
    await withTransaction(ctx, async (t) => {
      await publish(t, contractHappened, { aggregateId: aggregate, payload: { seq: 2 ** 31, run: awkward } });
      await publish(t, contractHappened, { aggregateId: aggregate, payload: { seq: -1, run: '' } });
    });
    const rows = await queryRows<LogRow>(
      database.db,
      sql`select ${sql.raw(LOG_COLUMNS)} from events.outbox where aggregate_id = ${aggregate} order by position`,
    );
    const relayed = await queryRows<RelayRow>(
      database.db,
      sql`select ${sql.raw(RELAY_COLUMNS)} from events.outbox where aggregate_id = ${aggregate} order by position`,
    );
    expect(relayed).toHaveLength(2);
    expect(relayed.map((r) => JSON.parse(r.envelope))).toEqual(
      rows.map((r) => JSON.parse(JSON.stringify(toEnvelope(r)))),
    );
    expect(relayed.map((r) => [r.id, r.type, r.version, String(r.position), r.txid])).toEqual(
      rows.map((r) => [r.id, r.type, r.version, String(r.position), r.txid]),
    );
    expect(JSON.parse(relayed[0]?.envelope ?? '{}').payload.run).toBe(awkward);
  });
});
