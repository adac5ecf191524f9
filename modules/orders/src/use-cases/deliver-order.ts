import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { commitReservation } from '@nexova/inventory';
import { orderDelivered } from '../contracts/events/order-events.v1';
import type { OrderDetail } from '../contracts/order';
import { orderDetail } from '../db/order-store';
import { applyTransition, type TransitionInput, transitionPayload } from './apply-transition';

export type DeliverOrderInput = TransitionInput;

// confirmed|shipped → delivered; commits the reservation unless shipping already did (commit is idempotent).
export async function deliverOrder({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: DeliverOrderInput;
}): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const moved = await applyTransition(t, 'deliver', input, async (order) => {
      if (order.reservationId) await commitReservation({ ctx: t, input: { reservationId: order.reservationId } });
      return undefined;
    });
    await publish(t, orderDelivered, { aggregateId: moved.after.id, payload: transitionPayload(moved) });
    return orderDetail(t, moved.after, moved.parts);
  });
}
