import { type AppContext, withTransaction } from '@nexova/db';
import { getOrderSummary } from '@nexova/orders';
import type { OrderBalance } from '../contracts/payment';
import { paidOf } from '../db/payment-store';
import { balanceOf, paidStatus } from '../domain/balance';

export type GetOrderBalanceInput = { orderId: string };

// An order's total, paid amount, balance and paid status (404 for a foreign order).
export async function getOrderBalance({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetOrderBalanceInput;
}): Promise<OrderBalance> {
  return withTransaction(ctx, async (t) => {
    const order = await getOrderSummary({ ctx: t, input: { orderId: input.orderId } });
    const paid = await paidOf(t, order.id);
    return {
      order_id: order.id,
      currency: order.currency,
      total: order.total,
      paid,
      balance: balanceOf(order.total, paid),
      paid_status: paidStatus(order.total, paid),
    };
  });
}
