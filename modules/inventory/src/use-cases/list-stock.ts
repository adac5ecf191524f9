import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, asc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { type StockLevel, toStockLevel } from '../contracts/stock';
import { stockLevels } from '../db/schema';

export type ListStockInput = { variantIds?: string[]; lowOnly?: boolean; limit?: number; cursor?: string };

// Current stock levels, paged by variant id; `lowOnly` keeps those at or below their threshold.
export async function listStock({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListStockInput;
}): Promise<Page<StockLevel>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [
      eq(stockLevels.workspaceId, workspaceOf(t)),
      keysetAfterId(stockLevels.variantId, after),
    ];
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
    const page = pageOf(rows, limit, (r) => [r.variantId]);
    return { ...page, items: page.items.map(toStockLevel) };
  });
}
