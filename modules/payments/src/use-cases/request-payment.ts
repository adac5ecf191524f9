import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import { getOrderSummary } from '@nexova/orders';
import { intentCreated, intentSucceeded } from '../contracts/events/intent-events.v1';
import type { PaymentIntent, PaymentProviderName } from '../contracts/payment-intent';
import { findIntent, insertIntent, publishIntent, toIntent } from '../db/intent-store';
import { lockAccount, workspaceOf } from '../db/payment-store';
import { balanceOf } from '../domain/balance';
import { runtimeFor } from '../providers/runtime';
import { fromStripeError, requireStripe } from '../providers/stripe-errors';

export type RequestPaymentInput = { orderId: string; provider?: PaymentProviderName };

/** Stripe's idempotency key of an order's PaymentIntent: every retry gets the same PaymentIntent. */
export const stripeOrderKey = (orderId: string) => `nexova-order-${orderId}`;

// Creates the order's payment intent for its balance, or returns the one it has (one per order).
// Danger: the Stripe call runs inside the transaction, under the order's account lock (concurrent
// requests wait, then find the intent); a crash between Stripe and our commit is repaired by the
// idempotency key — the retry gets the same PaymentIntent. 422 when stripe has no secret key.
export async function requestPayment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RequestPaymentInput;
}): Promise<PaymentIntent> {
  const runtime = runtimeFor(ctx);
  return withTransaction(ctx, async (t) => {
    const order = await getOrderSummary({ ctx: t, input: { orderId: input.orderId } });
    const account = await lockAccount(t, order.id);
    const existing = await findIntent(t, order.id);
    if (existing) return toIntent(existing);
    if (order.status === 'cancelled')
      throw new ConflictError(`Order ${order.id} is cancelled; it takes no payments.`, {
        code: 'payment_order_cancelled',
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
    const stripe = requireStripe(runtime.stripe);
    const pi = await stripe.paymentIntents
      .create(
        {
          amount,
          currency: order.currency.toLowerCase(),
          metadata: { order_id: order.id, workspace_id: workspaceOf(t) },
          automatic_payment_methods: { enabled: true },
        },
        { idempotencyKey: stripeOrderKey(order.id) },
      )
      .catch((error: unknown) => {
        throw fromStripeError(error);
      });
    // Whatever Stripe says now, the outcome arrives by webhook; until then the intent is pending.
    const row = await insertIntent(t, {
      ...base,
      status: 'pending',
      externalId: pi.id,
      clientSecret: pi.client_secret,
    });
    await publishIntent(t, intentCreated, row);
    return toIntent(row);
  });
}
