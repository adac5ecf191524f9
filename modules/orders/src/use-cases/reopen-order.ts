import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { orderReopened } from '../contracts/events/order-events.v1';
import type { OrderDetail } from '../contracts/order';
import { orderDetail } from '../db/order-store';
import { applyTransition, type TransitionInput, transitionPayload } from './apply-transition';

export type ReopenOrderInput = TransitionInput;

// pending → draft (checkout saga only): the stock could not be held; staff may edit and submit again.
export async function reopenOrder({ ctx, input }: { ctx: AppContext; input: ReopenOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const moved = await applyTransition(t, 'reopen', input);
    await publish(t, orderReopened, { aggregateId: moved.after.id, payload: transitionPayload(moved) });
    return orderDetail(t, moved.after, moved.parts);
  });
}
