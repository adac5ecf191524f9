import type { TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import { stockLow } from '../contracts/events/stock-events.v1';
import { applyChange, type Change } from '../db/stock-store';
import { availableOf, crossedLow, type Levels } from '../domain/stock-rules';

// The one way a use-case moves stock: the conditional UPDATE and its movement (db/stock-store.ts),
// then inventory.stock.low when the change took available stock below the threshold, in the same
// transaction. Null when the change would break 0 ≤ reserved ≤ on hand (nothing written).
export async function changeStock(t: TxContext, change: Change): Promise<Levels | null> {
  const after = await applyChange(t, change);
  if (!after) return null;
  const before = {
    ...after,
    onHand: after.onHand - change.onHandDelta,
    reserved: after.reserved - change.reservedDelta,
  };
  if (crossedLow(before, after)) {
    await publish(t, stockLow, {
      aggregateId: change.variantId,
      payload: { variant_id: change.variantId, available: availableOf(after), threshold: after.lowStockThreshold },
    });
  }
  return after;
}
