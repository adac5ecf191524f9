import { sql } from 'drizzle-orm';
import { queryRows } from './rows';
import type { Database } from './types';

const FUNCTION_NAME = /^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/;

/**
 * Calls a retention purge function — `schema.fn(cutoff timestamptz, max_rows integer, overrides jsonb)
 * returns integer`, SECURITY DEFINER so it deletes past RLS outside any workspace — batch after batch
 * until a batch comes back short, each call its own statement (and transaction). `overrides`: the
 * cutoff of each workspace that keeps the class for its own number of days. Returns how many rows went.
 */
export async function purgeInBatches(
  db: Database,
  fn: string,
  cutoff: Date,
  batchRows: number,
  overrides: Record<string, Date> = {},
): Promise<number> {
  const perWorkspace = JSON.stringify(
    Object.fromEntries(Object.entries(overrides).map(([ws, d]) => [ws, d.toISOString()])),
  );
  if (!FUNCTION_NAME.test(fn)) throw new Error(`Not a purge function name: ${fn}`);
  let total = 0;
  for (;;) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select ${sql.raw(fn)}(${cutoff.toISOString()}::timestamptz, ${batchRows}, ${perWorkspace}::jsonb) as n`,
    );
    const n = Number(row?.n ?? 0);
    total += n;
    if (n < batchRows) return total;
  }
}
