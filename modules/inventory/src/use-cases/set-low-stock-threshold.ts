import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertExpectedVersion, NotFoundError, ValidationError, versionRaceLost } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import { type StockLevel, toStockLevel } from '../contracts/stock';
import { stockLevels } from '../db/schema';
import { readLevel } from '../db/stock-store';

export type SetLowStockThresholdInput = {
  variantId: string;
  threshold: number;
  /** The stock version the caller saw (If-Match): 412 when it changed since; conditioned on it when given. */
  expectedVersion?: number;
};

// Sets the level at or below which `inventory.stock.low` fires for a variant. Stock moves all the
// time (reservations), so the write is conditioned on a version only when the caller names one.
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
    const current = await readLevel(t, input.variantId);
    if (!current)
      throw new NotFoundError('No stock is kept for this variant in this workspace.', { code: 'variant_not_found' });
    assertExpectedVersion(current.version, input.expectedVersion, `Stock of variant ${input.variantId}`);
    const [row] = await t.tx
      .update(stockLevels)
      .set({ lowStockThreshold: input.threshold, version: sql`${stockLevels.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(stockLevels.workspaceId, workspaceOf(t)),
          eq(stockLevels.variantId, input.variantId),
          input.expectedVersion === undefined ? undefined : eq(stockLevels.version, input.expectedVersion),
        ),
      )
      .returning();
    if (!row) versionRaceLost(current.version, input.expectedVersion, `Stock of variant ${input.variantId}`);
    return toStockLevel(row);
  });
}
