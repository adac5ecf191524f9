import { type AppContext, withTransaction } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { type StockLevel, toStockLevel } from '../contracts/stock';
import { readLevel } from '../db/stock-store';

export type GetStockLevelInput = { variantId: string };

// The stock level of one variant (404 when this workspace keeps no stock for it).
export async function getStockLevel({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetStockLevelInput;
}): Promise<StockLevel> {
  return withTransaction(ctx, async (t) => {
    const row = await readLevel(t, input.variantId);
    if (!row)
      throw new NotFoundError('No stock is kept for this variant in this workspace.', { code: 'variant_not_found' });
    return toStockLevel(row);
  });
}
