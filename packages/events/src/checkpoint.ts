import { AT_COMMIT, type Database, literal, type Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';

/**
 * Checkpoints: one row per consumer (and per relay) in events.checkpoints, holding the (txid,
 * position) of the last log entry it has passed, how many events it handled, and its last error.
 */

export type LogPosition = { txid: string; position: string | number };

/** Creates the consumer's checkpoint at the start of the log (no-op when it exists). */
export async function ensureCheckpoint(db: Database, consumer: string): Promise<void> {
  await db.execute(sql`insert into events.checkpoints (consumer) values (${consumer}) on conflict do nothing`);
}

const whole = (value: string | number) => /^\d+$/.test(String(value));

/**
 * Moves a checkpoint to `next` (the caller holds its row lock) and counts `applied` handled events.
 * On PostgreSQL it is sent with the transaction's COMMIT (AT_COMMIT: no round trip of its own; a
 * failure fails the commit), so its text is built from literals: numbers checked, the name quoted.
 */
export async function moveCheckpoint(tx: Tx, consumer: string, next: LogPosition, applied: number): Promise<void> {
  if (!whole(next.txid) || !whole(next.position) || !Number.isInteger(applied) || applied < 0) {
    throw new Error(`moveCheckpoint: not a log position: ${JSON.stringify(next)} (${applied})`);
  }
  await tx.execute(
    sql.raw(`${AT_COMMIT}update events.checkpoints set last_txid = '${next.txid}'::xid8,
          last_position = ${next.position}, processed = processed + ${applied},
          last_processed_at = ${applied > 0 ? 'now()' : 'last_processed_at'}, updated_at = now()
        where consumer = ${literal(consumer)}`),
  );
}

/**
 * Moves a checkpoint forward to `top` only if it is ahead (a consumer reads one stream per domain,
 * and JetStream redelivers older messages after newer ones), and counts `applied` handled events.
 * Sent with the COMMIT, like moveCheckpoint: a transaction of only this is one round trip.
 */
export async function advanceCheckpoint(tx: Tx, consumer: string, top: LogPosition, applied: number): Promise<void> {
  if (!whole(top.txid) || !whole(top.position) || !Number.isInteger(applied) || applied < 0) {
    throw new Error(`advanceCheckpoint: not a log position: ${JSON.stringify(top)} (${applied})`);
  }
  const at = `('${top.txid}'::xid8, ${top.position}::bigint)`;
  await tx.execute(
    sql.raw(`${AT_COMMIT}update events.checkpoints set
          last_txid = greatest(last_txid, '${top.txid}'::xid8),
          last_position = case when ${at} > (last_txid, last_position) then ${top.position}::bigint else last_position end,
          processed = processed + ${applied},
          last_processed_at = ${applied > 0 ? 'now()' : 'last_processed_at'}, updated_at = now()
        where consumer = ${literal(consumer)}`),
  );
}

/** Counts events handled by retries (the position does not move: retries are behind it). */
export async function countRetried(tx: Tx, consumer: string, applied: number): Promise<void> {
  if (applied === 0) return;
  await tx.execute(
    sql`update events.checkpoints set processed = processed + ${applied}, last_processed_at = now()
        where consumer = ${consumer}`,
  );
}

/** The later of two log positions (null-safe): what a group of deliveries moves a checkpoint to. */
export function laterPosition<P extends LogPosition>(a: P | null, b: P): P {
  if (!a) return b;
  const [at, bt] = [BigInt(a.txid), BigInt(b.txid)];
  return bt > at || (bt === at && BigInt(b.position) > BigInt(a.position)) ? b : a;
}
