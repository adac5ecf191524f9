import { type AppContext, withTransaction } from '@nexova/db';
import type { OrderDetail } from '../contracts/order';
import { type TransitionInput, transitionOrder } from '../db/transition';

export type CompleteOrderInput = TransitionInput & { reservationId: string | null };

// pending → confirmed (checkout saga only): paid, and its stock committed under `reservationId`.
export async function completeOrder({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CompleteOrderInput;
}): Promise<OrderDetail> {
  return withTransaction(ctx, (t) =>
    transitionOrder(t, 'complete', input, async () => ({ reservationId: input.reservationId })),
  );
}
