import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, eq, inArray } from 'drizzle-orm';
import { stockLevels } from '../db/schema';
import { availableOf } from '../domain/stock-rules';

export type GetAvailabilityInput = { variantIds: string[] };

// Units available now (on hand − reserved) per variant; a variant with no stock row has 0. A plain
// read, no lock: callers use it to refuse early (confirming an order); reserving stays the real check.
export async function getAvailability({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetAvailabilityInput;
}): Promise<Map<string, number>> {
  const ids = [...new Set(input.variantIds)];
  const available = new Map(ids.map((id) => [id, 0]));
  if (ids.length === 0) return available;
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select({ variantId: stockLevels.variantId, onHand: stockLevels.onHand, reserved: stockLevels.reserved })
      .from(stockLevels)
      .where(and(eq(stockLevels.workspaceId, workspaceOf(t)), inArray(stockLevels.variantId, ids)));
    for (const r of rows) available.set(r.variantId, Math.max(0, availableOf(r)));
    return available;
  });
}
