import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { commitReservation } from '@nexova/inventory';
import { orderShipped } from '../contracts/events/order-events.v1';
import type { OrderDetail } from '../contracts/order';
import { orderDetail } from '../db/order-store';
import { applyTransition, type TransitionInput, transitionPayload } from './apply-transition';

export type ShipOrderInput = TransitionInput;

// confirmed → shipped; commits the reservation (units leave on hand). An expired hold is inventory's 409.
export async function shipOrder({ ctx, input }: { ctx: AppContext; input: ShipOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const moved = await applyTransition(t, 'ship', input, async (order) => {
      if (order.reservationId) await commitReservation({ ctx: t, input: { reservationId: order.reservationId } });
      return undefined;
    });
    await publish(t, orderShipped, { aggregateId: moved.after.id, payload: transitionPayload(moved) });
    return orderDetail(t, moved.after, moved.parts);
  });
}
