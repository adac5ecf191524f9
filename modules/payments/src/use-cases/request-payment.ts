import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import { getOrderSummary, type OrderSummary } from '@nexova/orders';
import { intentCreated, intentSucceeded } from '../contracts/events/intent-events.v1';
import type { PaymentIntent, PaymentProviderName } from '../contracts/payment-intent';
import { findIntent, insertIntentIfNone, toIntent } from '../db/intent-store';
import { lockAccount } from '../db/payment-store';
import { balanceOf } from '../domain/balance';
import type { PaymentsRuntime } from '../providers/runtime';
import { requireStripe } from '../providers/stripe-errors';
import { publishIntent } from './publish-intent';

export type RequestPaymentInput = {
  orderId: string;
  provider?: PaymentProviderName;
  /** The order as the caller read it in this transaction (the saga holds its row lock): not read again. */
  order?: Pick<OrderSummary, 'id' | 'status' | 'total' | 'currency'>;
};

/** Stripe's idempotency key of an order's PaymentIntent: every retry gets the same PaymentIntent. */
export const stripeOrderKey = (orderId: string) => `nexova-order-${orderId}`;

// Creates the order's payment intent for its balance, or returns the one it has (one per order),
// under the order's account lock. Manual: pending (staff register the money). Stripe: only the
// request is recorded here — status `requested`, its amount and Stripe idempotency key — and
// nothing is called: Stripe is never called inside a transaction (this one may be the saga's).
// submitPaymentIntent, run by the workers after the commit, creates it at Stripe. 422 when stripe
// has no secret key.
export async function requestPayment({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: RequestPaymentInput;
  /** The payment providers, created once per app by the composition (createPaymentsRuntime). */
  runtime: PaymentsRuntime;
}): Promise<PaymentIntent> {
  return withTransaction(ctx, async (t) => {
    const order = input.order ?? (await getOrderSummary({ ctx: t, input: { orderId: input.orderId } }));
    const account = await lockAccount(t, order.id);
    const existingIntent = async () => {
      const existing = await findIntent(t, order.id);
      return existing ? toIntent(existing) : null;
    };
    if (order.status === 'canceled') {
      const existing = await existingIntent();
      if (existing) return existing;
      throw new ConflictError(`Order ${order.id} is canceled; it takes no payments.`, {
        code: 'payment_order_canceled',
        extensions: { current_status: order.status },
      });
    }
    const provider = input.provider ?? runtime.defaultProvider;
    const amount = balanceOf(order.total, account.paid);
    const base = { orderId: order.id, provider, amount, currency: order.currency };
    if (provider !== 'manual' && amount !== 0 && !runtime.stripe) {
      const existing = await existingIntent(); // asked for before Stripe's key was removed
      if (existing) return existing;
      requireStripe(runtime.stripe);
    }
    // One intent per order: under the account lock, an insert that finds one (a retry) inserts
    // nothing, and the one there is answered as it is.
    const row = await insertIntentIfNone(
      t,
      amount === 0
        ? { ...base, status: 'succeeded' } // nothing left to pay: succeeded at once, no provider call
        : provider === 'manual'
          ? { ...base, status: 'pending' } // staff register the money
          : // The amount and key are fixed now: a retry after a crash sends Stripe the very same request.
            { ...base, status: 'requested', idempotencyKey: stripeOrderKey(order.id) },
    );
    if (!row) return (await existingIntent()) as PaymentIntent;
    if (amount === 0) {
      await publishIntent(t, intentCreated, row);
      await publishIntent(t, intentSucceeded, row, { payment_id: null, review_reason: null });
    } else if (provider === 'manual') await publishIntent(t, intentCreated, row);
    return toIntent(row);
  });
}
