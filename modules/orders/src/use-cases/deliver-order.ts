import { type AppContext, withTransaction } from '@nexova/db';
import { commitReservation } from '@nexova/inventory';
import type { OrderDetail } from '../contracts/order';
import { type TransitionInput, transitionOrder } from '../db/transition';

export type DeliverOrderInput = TransitionInput;

// confirmed|shipped → delivered; commits the reservation unless shipping already did (commit is idempotent).
export async function deliverOrder({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: DeliverOrderInput;
}): Promise<OrderDetail> {
  return withTransaction(ctx, (t) =>
    transitionOrder(t, 'deliver', input, async (order) => {
      if (order.reservationId) await commitReservation({ ctx: t, input: { reservationId: order.reservationId } });
      return {};
    }),
  );
}
