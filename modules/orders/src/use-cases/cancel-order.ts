import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { releaseReservation, returnReservation } from '@nexova/inventory';
import { orderCanceled } from '../contracts/events/order-events.v1';
import type { OrderDetail } from '../contracts/order';
import { orderDetail } from '../db/order-store';
import { applyTransition, type TransitionInput, transitionPayload } from './apply-transition';

export type CancelOrderInput = TransitionInput;

/** The reason on the stock movements of a canceled order (their reference is the order id). */
export const ORDER_CANCELED_REASON = 'order_canceled';

// draft|pending|confirmed → canceled. THE ONE OWNER of a canceled order's stock, whoever cancels
// (staff through checkout's cancelUnpaidOrder, or the checkout saga ending payment_failed/timed_out):
// a pending order's hold is released, a confirmed order's committed units return on hand (a `return`
// movement per line, reason `order_canceled`). The checkout saga never releases stock itself — its
// failure path cancels the order (modules/checkout/README.md "Who gives the stock back"). The
// order's row lock makes the move — and so the release or return — happen once, however many
// cancels race. Danger: it knows nothing of payments; staff cancel through checkout's
// cancelUnpaidOrder (POST /orders/{order_id}/cancel), which refuses an order holding money.
export async function cancelOrder({ ctx, input }: { ctx: AppContext; input: CancelOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const moved = await applyTransition(t, 'cancel', input, async (order) => {
      if (order.status === 'confirmed')
        await returnReservation({ ctx: t, input: { reference: order.id, reason: ORDER_CANCELED_REASON } });
      else
        await releaseReservation({ ctx: t, input: { reference: order.id, reason: input.reason ?? 'order canceled' } });
      return undefined;
    });
    await publish(t, orderCanceled, { aggregateId: moved.after.id, payload: transitionPayload(moved) });
    return orderDetail(t, moved.after, moved.parts);
  });
}
