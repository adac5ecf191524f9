import { type AppContext, withTransaction } from '@nexova/db';
import { type OrderDetail, type SubmitOrderInput, submitOrder } from '@nexova/orders';
import { startCheckout } from '../sagas/checkout';
import { SAGA_CONSUMER } from '../sagas/move-saga';

export type CheckoutOrderInput = SubmitOrderInput;

// Staff submit (POST /orders/{order_id}/submit): orders' submitOrder (draft → pending,
// orders.order.submitted) and the saga's start (its row in `started`, checkout.saga.started, the
// deadline timer) in ONE commit, so GET /orders/{order_id}/checkout answers at once instead of 404
// until the saga consumer ran. A draft reopened after stock_failed and submitted again restarts the
// same saga here (attempt + 1). Its orders.order.submitted is therefore marked handled in the saga's
// inbox (the consumer is not woken for it); the consumer's own start on that event only starts a
// submit made without this use-case (the demo seed).
// It lives in checkout because checkout depends on orders, not the other way round.
export async function checkoutOrder({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CheckoutOrderInput;
}): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const order = await submitOrder({ ctx: t, input: { ...input, handledBy: [SAGA_CONSUMER] } });
    await startCheckout(t, {
      orderId: order.id,
      provider: input.checkout.paymentProvider,
      paymentDeadline: input.checkout.paymentDeadline,
      holdUntil: input.checkout.holdUntil,
      reason: input.reason ?? null,
    });
    return order;
  });
}
