import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PaymentIntent } from '../contracts/payment-intent';
import { findIntent, toIntent } from '../db/intent-store';
import { lockAccount } from '../db/payment-store';
import { payments } from '../db/schema';

export type LockOrderPaymentsInput = { orderId: string };

export type HeldMoney = {
  /**
   * Payments still held (registered, or a Stripe refund asked for and not yet done): money recorded
   * against the order.
   */
  registered: {
    id: string;
    amount: number;
    currency: string;
    method: string;
    status: string;
    reference: string | null;
  }[];
  intent: PaymentIntent | null;
};

// The money an order holds, read under the order's account row lock, which stays held until the
// caller's transaction ends: no payment can be registered, voided or refunded meanwhile, so a caller
// that decides on it (canceling the order) decides on the truth. Run it inside the caller's transaction.
export async function lockOrderPayments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: LockOrderPaymentsInput;
}): Promise<HeldMoney> {
  return withTransaction(ctx, async (t) => {
    await lockAccount(t, input.orderId);
    const rows = await t.tx
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.workspaceId, workspaceOf(t)),
          eq(payments.orderId, input.orderId),
          inArray(payments.status, ['registered', 'refund_requested']),
        ),
      )
      .orderBy(asc(payments.id));
    const intent = await findIntent(t, input.orderId);
    return {
      registered: rows.map((p) => ({
        id: p.id,
        amount: p.amount,
        currency: p.currency,
        method: p.method,
        status: p.status,
        reference: p.reference,
      })),
      intent: intent ? toIntent(intent) : null,
    };
  });
}
