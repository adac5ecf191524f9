import { type AppContext, withTransaction } from '@nexova/db';
import type { OrderDetail } from '../contracts/order';
import { loadOrderWithParts } from '../db/order-parts';
import { orderDetail } from '../db/order-store';

export type GetOrderInput = {
  orderId: string;
  /**
   * Hold the order's row lock until the caller's transaction ends: a saga step that acts on the
   * status it read (reserving stock for a pending order) must not race a cancel committing meanwhile.
   */
  lock?: boolean;
};

// One order with lines and its status history (404 for another workspace's id).
export async function getOrder({ ctx, input }: { ctx: AppContext; input: GetOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const { order, ...parts } = await loadOrderWithParts(t, input.orderId, input.lock === true);
    return orderDetail(t, order, parts);
  });
}
