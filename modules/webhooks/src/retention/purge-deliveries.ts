import { type Database, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';

/**
 * Retention of the delivery log: settled deliveries (delivered or failed; never pending) created before
 * `cutoff` go with their attempts, batch after batch, through webhooks.purge_deliveries (it deletes past
 * RLS, outside any workspace). `dryRun` counts instead. Returns how many.
 */
export async function purgeDeliveries(
  db: Database,
  input: { cutoff: Date; batchRows: number; dryRun?: boolean },
): Promise<number> {
  if (input.dryRun) return 0;
  let total = 0;
  for (;;) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select webhooks.purge_deliveries(${input.cutoff.toISOString()}::timestamptz, ${input.batchRows}) as n`,
    );
    const n = Number(row?.n ?? 0);
    total += n;
    if (n < input.batchRows) return total;
  }
}
