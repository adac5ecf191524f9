import { type AppContext, withTransaction } from '@nexova/db';
import { releaseReservation, returnReservation } from '@nexova/inventory';
import type { OrderDetail } from '../contracts/order';
import { type TransitionInput, transitionOrder } from '../db/transition';

export type CancelOrderInput = TransitionInput;

/** The reason on the stock movements of a canceled order (their reference is the order id). */
export const ORDER_CANCELED_REASON = 'order_canceled';

// draft|pending|confirmed → canceled and the one place its stock comes back: a pending order's
// hold is released, a confirmed order's committed units return on hand (a `return` movement per
// line, reason `order_canceled`). The order's row lock makes the move — and so the return — happen
// once, however many cancels race. Danger: it knows nothing of payments; staff cancel through
// checkout's cancelUnpaidOrder (POST /orders/{order_id}/cancel), which refuses an order holding money.
export async function cancelOrder({ ctx, input }: { ctx: AppContext; input: CancelOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, (t) =>
    transitionOrder(t, 'cancel', input, async (order) => {
      if (order.status === 'confirmed')
        await returnReservation({ ctx: t, input: { reference: order.id, reason: ORDER_CANCELED_REASON } });
      else
        await releaseReservation({ ctx: t, input: { reference: order.id, reason: input.reason ?? 'order canceled' } });
      return {};
    }),
  );
}
