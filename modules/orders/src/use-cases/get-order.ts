import { type AppContext, withTransaction } from '@nexova/db';
import type { OrderDetail } from '../contracts/order';
import { mustLoadOrder, orderDetail } from '../db/order-store';

export type GetOrderInput = { orderId: string };

// One order with lines and its status history (404 for another workspace's id).
export async function getOrder({ ctx, input }: { ctx: AppContext; input: GetOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => orderDetail(t, await mustLoadOrder(t, input.orderId)));
}
