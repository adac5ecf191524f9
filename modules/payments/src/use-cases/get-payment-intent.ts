import { type AppContext, withTransaction } from '@nexova/db';
import type { PaymentIntent } from '../contracts/payment-intent';
import { findIntent, toIntent } from '../db/intent-store';

export type GetPaymentIntentInput = { orderId: string };

// The order's payment intent, or null when it requested none (or the order is another workspace's).
export async function getPaymentIntent({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetPaymentIntentInput;
}): Promise<PaymentIntent | null> {
  return withTransaction(ctx, async (t) => {
    const row = await findIntent(t, input.orderId);
    return row ? toIntent(row) : null;
  });
}
