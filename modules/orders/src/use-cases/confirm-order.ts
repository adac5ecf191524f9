import { type AppContext, withTransaction } from '@nexova/db';
import { reserveStock } from '@nexova/inventory';
import type { OrderDetail } from '../contracts/order';
import { linesOf } from '../db/order-store';
import { type TransitionInput, transitionOrder } from '../db/transition';

export type ConfirmOrderInput = TransitionInput & { holdSeconds?: number };

// draft → confirmed, reserving every line's stock (all-or-nothing, reference = order id) in the same
// transaction; short stock is inventory's 409 and the order stays a draft. The checkout saga will call this.
export async function confirmOrder({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ConfirmOrderInput;
}): Promise<OrderDetail> {
  return withTransaction(ctx, (t) =>
    transitionOrder(t, 'confirm', input, async (order) => {
      const lines = await linesOf(t, order.id);
      const reservation = await reserveStock({
        ctx: t,
        input: {
          reference: order.id,
          lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
          ttlSeconds: input.holdSeconds,
          maxLines: Math.max(lines.length, 1),
        },
      });
      return { reservationId: reservation.id };
    }),
  );
}
