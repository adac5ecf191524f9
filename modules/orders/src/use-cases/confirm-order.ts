import { type AppContext, withTransaction } from '@nexova/db';
import type { OrderDetail } from '../contracts/order';
import { type TransitionInput, transitionOrder } from '../db/transition';

export type ConfirmOrderInput = TransitionInput & { checkout: NonNullable<TransitionInput['checkout']> };

// draft → pending and `orders.order.submitted` in one commit: the checkout saga takes it from there
// (holds the stock, asks for the payment). The order can no longer be edited.
export async function confirmOrder({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ConfirmOrderInput;
}): Promise<OrderDetail> {
  return withTransaction(ctx, (t) => transitionOrder(t, 'confirm', input));
}
