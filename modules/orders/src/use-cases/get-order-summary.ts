import { type AppContext, withTransaction } from '@nexova/db';
import type { OrderSummary } from '../contracts/order';
import { mustLoadOrder } from '../db/order-store';
import type { OrderStatus } from '../domain/order-status';

export type GetOrderSummaryInput = { orderId: string };

// Orders' exported query for other modules (payments): status, currency and total of one order, or 404.
export async function getOrderSummary({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetOrderSummaryInput;
}): Promise<OrderSummary> {
  return withTransaction(ctx, async (t) => {
    const o = await mustLoadOrder(t, input.orderId);
    return {
      id: o.id,
      number: o.number,
      status: o.status as OrderStatus,
      customerId: o.customerId,
      currency: o.currency,
      total: o.total,
      version: o.version,
    };
  });
}
