import { type AppContext, withTransaction } from '@nexova/db';
import { and, asc, eq, gt, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { type StockLevel, toStockLevel } from '../contracts/stock';
import { stockLevels } from '../db/schema';
import { workspaceOf } from '../db/stock-store';
import { decodeCursor, encodeCursor } from '../domain/cursor';

export type ListStockInput = { variantIds?: string[]; lowOnly?: boolean; limit?: number; cursor?: string };

// Current stock levels, paged by variant id; `lowOnly` keeps those at or below their threshold.
export async function listStock({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListStockInput;
}): Promise<{ items: StockLevel[]; next_cursor: string | null }> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [eq(stockLevels.workspaceId, workspaceOf(t))];
    if (after) filters.push(gt(stockLevels.variantId, after));
    if (input.variantIds?.length === 0) return { items: [], next_cursor: null };
    if (input.variantIds) filters.push(inArray(stockLevels.variantId, input.variantIds));
    if (input.lowOnly)
      filters.push(lte(sql`${stockLevels.onHand} - ${stockLevels.reserved}`, stockLevels.lowStockThreshold));
    const rows = await t.tx
      .select()
      .from(stockLevels)
      .where(and(...filters))
      .orderBy(asc(stockLevels.variantId))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toStockLevel),
      next_cursor: rows.length > limit && last ? encodeCursor(last.variantId) : null,
    };
  });
}
