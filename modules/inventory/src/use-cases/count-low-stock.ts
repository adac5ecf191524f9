import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, count, eq, lte, sql } from 'drizzle-orm';
import { stockLevels } from '../db/schema';

// How many variants have their available stock (on hand − reserved) at or below their low-stock
// threshold (out of stock included) — the workspace overview's alert count, the rule of GET /stock's
// low filter.
export async function countLowStock({ ctx }: { ctx: AppContext }): Promise<number> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select({ n: count() })
      .from(stockLevels)
      .where(
        and(
          eq(stockLevels.workspaceId, workspaceOf(t)),
          lte(sql`${stockLevels.onHand} - ${stockLevels.reserved}`, stockLevels.lowStockThreshold),
        ),
      );
    return row?.n ?? 0;
  });
}
