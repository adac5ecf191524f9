import { type AppContext, withTransaction } from '@nexova/db';
import { ValidationError } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import { type StockLevel, toStockLevel } from '../contracts/stock';
import { stockLevels } from '../db/schema';
import { requireLevel, workspaceOf } from '../db/stock-store';

export type SetLowStockThresholdInput = { variantId: string; threshold: number };

// Sets the level at or below which `inventory.stock.low` fires for a variant.
export async function setLowStockThreshold({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: SetLowStockThresholdInput;
}): Promise<StockLevel> {
  if (!Number.isInteger(input.threshold) || input.threshold < 0)
    throw new ValidationError('threshold must be a non-negative integer.', [
      { pointer: '/low_stock_threshold', in: 'body', message: 'must be a non-negative integer' },
    ]);
  return withTransaction(ctx, async (t) => {
    await requireLevel(t, input.variantId);
    const [row] = await t.tx
      .update(stockLevels)
      .set({ lowStockThreshold: input.threshold, version: sql`${stockLevels.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(stockLevels.workspaceId, workspaceOf(t)), eq(stockLevels.variantId, input.variantId)))
      .returning();
    return toStockLevel(row as NonNullable<typeof row>);
  });
}
