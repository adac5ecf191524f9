import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import { getOrderSummary } from '@nexova/orders';
import { intentCreated, intentSucceeded } from '../contracts/events/intent-events.v1';
import type { PaymentIntent, PaymentProviderName } from '../contracts/payment-intent';
import { findIntent, insertIntent, toIntent } from '../db/intent-store';
import { lockAccount } from '../db/payment-store';
import { balanceOf } from '../domain/balance';
import type { PaymentsRuntime } from '../providers/runtime';
import { requireStripe } from '../providers/stripe-errors';
import { publishIntent } from './publish-intent';

export type RequestPaymentInput = { orderId: string; provider?: PaymentProviderName };

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
    const order = await getOrderSummary({ ctx: t, input: { orderId: input.orderId } });
    const account = await lockAccount(t, order.id);
    const existing = await findIntent(t, order.id);
    if (existing) return toIntent(existing);
    if (order.status === 'canceled')
      throw new ConflictError(`Order ${order.id} is canceled; it takes no payments.`, {
        code: 'payment_order_canceled',
        extensions: { current_status: order.status },
      });
    const provider = input.provider ?? runtime.defaultProvider;
    const amount = balanceOf(order.total, account.paid);
    const base = { orderId: order.id, provider, amount, currency: order.currency };
    if (amount === 0) {
      // Nothing left to pay: succeeded at once, no provider call.
      const row = await insertIntent(t, { ...base, status: 'succeeded' });
      await publishIntent(t, intentCreated, row);
      await publishIntent(t, intentSucceeded, row, { payment_id: null, review_reason: null });
      return toIntent(row);
    }
    if (provider === 'manual') {
      const row = await insertIntent(t, { ...base, status: 'pending' });
      await publishIntent(t, intentCreated, row);
      return toIntent(row);
    }
    requireStripe(runtime.stripe);
    // The amount and key are fixed now: a retry after a crash sends Stripe the very same request.
    const row = await insertIntent(t, { ...base, status: 'requested', idempotencyKey: stripeOrderKey(order.id) });
    return toIntent(row);
  });
}
