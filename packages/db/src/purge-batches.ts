import { sql } from 'drizzle-orm';
import { queryRows } from './rows';
import type { Database } from './types';

const FUNCTION_NAME = /^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/;

/**
 * Calls a retention purge function — `schema.fn(cutoff timestamptz, max_rows integer) returns integer`,
 * SECURITY DEFINER so it deletes past RLS outside any workspace — batch after batch until a batch comes
 * back short, each call its own statement (and transaction). Returns how many rows went in all.
 */
export async function purgeInBatches(db: Database, fn: string, cutoff: Date, batchRows: number): Promise<number> {
  if (!FUNCTION_NAME.test(fn)) throw new Error(`Not a purge function name: ${fn}`);
  let total = 0;
  for (;;) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select ${sql.raw(fn)}(${cutoff.toISOString()}::timestamptz, ${batchRows}) as n`,
    );
    const n = Number(row?.n ?? 0);
    total += n;
    if (n < batchRows) return total;
  }
}
