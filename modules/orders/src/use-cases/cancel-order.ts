import { type AppContext, withTransaction } from '@nexova/db';
import { releaseReservation } from '@nexova/inventory';
import type { OrderDetail } from '../contracts/order';
import { type TransitionInput, transitionOrder } from '../db/transition';

export type CancelOrderInput = TransitionInput;

// draft|confirmed → cancelled; releases the order's reservation (a no-op when there is none).
export async function cancelOrder({ ctx, input }: { ctx: AppContext; input: CancelOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, (t) =>
    transitionOrder(t, 'cancel', input, async (order) => {
      await releaseReservation({ ctx: t, input: { reference: order.id, reason: input.reason ?? 'order cancelled' } });
      return {};
    }),
  );
}
