import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError, ValidationError, versionRaceLost } from '@nexova/kernel';
import { stockAdjusted } from '../contracts/events/stock-events.v1';
import { type StockLevel, toStockLevel } from '../contracts/stock';
import { readLevel, requireLevel } from '../db/stock-store';
import { availableOf } from '../domain/stock-rules';
import { changeStock } from './change-stock';

export type AdjustStockInput = {
  variantId: string;
  /** Units to add (positive) or remove (negative) from on hand. */
  delta: number;
  reason: string;
  /** Optimistic concurrency: the stock version the caller saw (If-Match): 412 when it changed since. */
  expectedVersion?: number;
};

// Moves on-hand stock with a reason and the actor recorded; refuses to drop on hand below what is reserved.
export async function adjustStock({ ctx, input }: { ctx: AppContext; input: AdjustStockInput }): Promise<StockLevel> {
  if (!Number.isInteger(input.delta) || input.delta === 0)
    throw new ValidationError('delta must be a non-zero integer.', [
      { pointer: '/delta', in: 'body', message: 'must be a non-zero integer' },
    ]);
  if (!input.reason.trim())
    throw new ValidationError('A reason is required.', [{ pointer: '/reason', in: 'body', message: 'is required' }]);
  return withTransaction(ctx, async (t) => {
    await requireLevel(t, input.variantId);
    const what = `Stock of variant ${input.variantId}`;
    if (input.expectedVersion !== undefined) {
      const current = await readLevel(t, input.variantId);
      if (current) assertExpectedVersion(current.version, input.expectedVersion, what);
    }
    const after = await changeStock(t, {
      variantId: input.variantId,
      onHandDelta: input.delta,
      reservedDelta: 0,
      kind: 'adjustment',
      reason: input.reason.trim(),
      ifVersion: input.expectedVersion,
    });
    if (!after) {
      const current = await readLevel(t, input.variantId);
      if (input.expectedVersion !== undefined && current && current.version !== input.expectedVersion)
        versionRaceLost(input.expectedVersion, input.expectedVersion, what);
      throw new ConflictError('The adjustment would leave on hand below reserved (or negative).', {
        code: 'insufficient_stock',
        extensions: { on_hand: current?.onHand ?? 0, reserved: current?.reserved ?? 0 },
      });
    }
    await publish(t, stockAdjusted, {
      aggregateId: input.variantId,
      payload: {
        variant_id: input.variantId,
        delta: input.delta,
        on_hand: after.onHand,
        available: availableOf(after),
        reason: input.reason.trim(),
      },
    });
    const row = await readLevel(t, input.variantId);
    return toStockLevel(row as NonNullable<typeof row>);
  });
}
