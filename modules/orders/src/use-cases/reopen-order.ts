import { type AppContext, withTransaction } from '@nexova/db';
import type { OrderDetail } from '../contracts/order';
import { type TransitionInput, transitionOrder } from '../db/transition';

export type ReopenOrderInput = TransitionInput;

// pending → draft (checkout saga only): the stock could not be held; staff may edit and confirm again.
export async function reopenOrder({ ctx, input }: { ctx: AppContext; input: ReopenOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, (t) => transitionOrder(t, 'reopen', input));
}
