import { type Database, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';

/**
 * Retention of the notifications feed: feed items and settled e-mails (sent or failed; never pending)
 * created before `cutoff`, batch after batch, through notifications.purge_feed (it deletes past RLS,
 * outside any workspace). Returns how many.
 */
export async function purgeNotificationFeed(
  db: Database,
  input: { cutoff: Date; batchRows: number; dryRun?: boolean },
): Promise<number> {
  if (input.dryRun) return 0;
  let total = 0;
  for (;;) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select notifications.purge_feed(${input.cutoff.toISOString()}::timestamptz, ${input.batchRows}) as n`,
    );
    const n = Number(row?.n ?? 0);
    total += n;
    if (n < input.batchRows) return total;
  }
}
