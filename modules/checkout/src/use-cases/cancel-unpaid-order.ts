import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import { type CancelOrderInput, cancelOrder, type OrderDetail } from '@nexova/orders';
import { lockOrderPayments } from '@nexova/payments';

export type CancelUnpaidOrderInput = CancelOrderInput;

/**
 * The rule staff cancellation follows, said once for the error and the route description: an order
 * holding money is not canceled — every registered payment is refunded or voided first.
 */
export const CANCEL_RULE =
  'An order with registered payments is not canceled (409 order_has_payments, listing them): refund ' +
  '(money given back) or void (recorded by mistake) each one first — POST /payments/{payment_id}/refund or ' +
  '/void — then cancel. A payment only asked for (a manual request, a Stripe PaymentIntent not yet ' +
  'succeeded) is canceled with the order by the checkout saga, at Stripe too. Canceling a confirmed ' +
  'order returns its committed stock on hand (a `return` movement, reason order_canceled), once.';

// Staff cancellation (POST /orders/{order_id}/cancel): refuses an order that still holds money, then
// cancels it (orders returns or releases its stock; the checkout saga reacts to the event). The
// order's payment account stays locked until the commit, so no payment slips in between the check
// and the cancel. Lock order: payment account, then order — as the saga's own cancellations.
export async function cancelUnpaidOrder({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CancelUnpaidOrderInput;
}): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const held = await lockOrderPayments({ ctx: t, input: { orderId: input.orderId } });
    if (held.registered.length > 0) {
      const total = held.registered.reduce((sum, p) => sum + p.amount, 0);
      const currency = held.registered[0]?.currency ?? '';
      throw new ConflictError(
        `Order ${input.orderId} has ${held.registered.length} registered payment(s) (${total} ${currency} in minor units): ` +
          'refund or void each one first (POST /payments/{payment_id}/refund or /void), then cancel.',
        {
          code: 'order_has_payments',
          extensions: {
            payments: held.registered.map((p) => ({
              ...p,
              // A provider's payment went through the provider: it can only be given back.
              // A refund already on its way to Stripe: nothing to do but wait for it.
              actions: p.status === 'refund_requested' ? [] : p.method === 'stripe' ? ['refund'] : ['refund', 'void'],
            })),
            rule: CANCEL_RULE,
          },
        },
      );
    }
    return cancelOrder({ ctx: t, input });
  });
}
