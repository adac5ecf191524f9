import { type AppContext, withTransaction } from '@nexova/db';
import { commitReservation } from '@nexova/inventory';
import type { OrderDetail } from '../contracts/order';
import { type TransitionInput, transitionOrder } from '../db/transition';

export type ShipOrderInput = TransitionInput;

// confirmed → shipped; commits the reservation (units leave on hand). An expired hold is inventory's 409.
export async function shipOrder({ ctx, input }: { ctx: AppContext; input: ShipOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, (t) =>
    transitionOrder(t, 'ship', input, async (order) => {
      if (order.reservationId) await commitReservation({ ctx: t, input: { reservationId: order.reservationId } });
      return {};
    }),
  );
}
