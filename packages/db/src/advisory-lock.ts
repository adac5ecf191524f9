import { sql } from 'drizzle-orm';
import type { TxContext } from './types';

/**
 * Serialises the transactions that take the same `key` until each ends (pg_advisory_xact_lock on a
 * 64-bit hash of it): what guards a count-then-insert limit check (queue size, endpoints per
 * workspace) against concurrent writers, where a row lock has no row to lock yet.
 */
export async function lockForTransaction(t: Pick<TxContext, 'tx'>, key: string): Promise<void> {
  await t.tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}
