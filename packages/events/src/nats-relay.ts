import type { JetStreamClient } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { type DatabaseHandle, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { moveCheckpoint } from './checkpoint';
import { readHorizon } from './horizon';
import { LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';
import { domainOf, type NatsNames } from './nats-subjects';

export type RelayOptions = {
  database: DatabaseHandle;
  names: NatsNames;
  batchSize: number;
  /** The JetStream client of the open connection (null while disconnected: nothing is relayed). */
  client(): JetStreamClient | null;
  /** Makes sure the domain's stream exists before publishing to it. */
  ensureStream(domain: string): Promise<void>;
};

/**
 * The outbox relay: publishes the next batch of the log (same visibility rule as the embedded
 * consumers) to JetStream with Nats-Msg-Id = event id, then moves its own checkpoint in the same
 * transaction. A crash between publish and checkpoint republishes the batch, and JetStream drops the
 * duplicates within its window. Returns how many events it published.
 */
export async function relayBatch(options: RelayOptions): Promise<number> {
  const { names } = options;
  return options.database.db.transaction(async (tx) => {
    const client = options.client();
    if (!client) return 0;
    const horizon = await readHorizon(tx); // the transaction's first statement (see horizon.ts)
    const [cp] = await queryRows<{ last_txid: string; last_position: string }>(
      tx,
      sql`select last_txid::text as last_txid, last_position from events.checkpoints
          where consumer = ${names.relayName} for update skip locked`,
    );
    if (!cp || !horizon) return 0;
    const rows = await queryRows<LogRow>(
      tx,
      sql`select ${sql.raw(LOG_COLUMNS)} from events.outbox
          where (txid, position) > (${cp.last_txid}::xid8, ${cp.last_position}::bigint) and txid < ${horizon}::xid8
          order by outbox.txid, outbox.position limit ${options.batchSize}`,
    );
    if (rows.length === 0) return 0;
    for (const row of rows) await options.ensureStream(domainOf(row.type));
    // One connection writes in order, so the stream keeps log order; acks are awaited together.
    await Promise.all(
      rows.map((row) => {
        const h = headers();
        h.set('Nexova-Position', String(row.position));
        h.set('Nexova-Txid', row.txid);
        return client.publish(names.subjectOf(row.type, row.version), JSON.stringify(toEnvelope(row)), {
          msgID: row.id,
          headers: h,
          timeout: 5000,
        });
      }),
    );
    await moveCheckpoint(tx, names.relayName, rows.at(-1) as LogRow, rows.length);
    return rows.length;
  });
}
