import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { orderConfirmed } from '../contracts/events/order-events.v1';
import type { OrderDetail } from '../contracts/order';
import { orderDetail } from '../db/order-store';
import { applyTransition, type TransitionInput, transitionPayload } from './apply-transition';

export type CompleteOrderInput = TransitionInput & { reservationId: string | null };

// pending → confirmed (checkout saga only): paid, and its stock committed under `reservationId`;
// publishes orders.order.confirmed (confirmed means paid).
export async function completeOrder({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CompleteOrderInput;
}): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const moved = await applyTransition(t, 'complete', input, async () => ({ reservationId: input.reservationId }));
    await publish(t, orderConfirmed, {
      aggregateId: moved.after.id,
      payload: { ...transitionPayload(moved), reservation_id: moved.after.reservationId, total: moved.after.total },
    });
    return orderDetail(t, moved.after, moved.parts);
  });
}
