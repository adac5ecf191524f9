import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, newId, UnprocessableError } from '@nexova/kernel';
import { getOrderSummary } from '@nexova/orders';
import { and, eq } from 'drizzle-orm';
import { paymentRegistered } from '../contracts/events/payment-events.v1';
import type { Payment, PaymentMethod } from '../contracts/payment';
import { lockAccount, type ReceiptFiles, toPayment, workspaceOf } from '../db/payment-store';
import { orderAccounts, payments } from '../db/schema';
import { balanceOf } from '../domain/balance';

export type RegisterPaymentInput = {
  orderId: string;
  amount: number;
  method: PaymentMethod;
  /** Must match the order's currency when given. */
  currency?: string;
  reference?: string | null;
  note?: string | null;
  files?: ReceiptFiles;
};

// Records money received for an order (partial allowed); 422 when it exceeds the balance. The order's
// account row lock serialises concurrent payments, so they can never overpay together.
export async function registerPayment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RegisterPaymentInput;
}): Promise<Payment> {
  return withTransaction(ctx, async (t) => {
    const account = await lockAccount(t, input.orderId);
    const order = await getOrderSummary({ ctx: t, input: { orderId: input.orderId } });
    if (order.status === 'cancelled')
      throw new ConflictError(`Order ${order.id} is cancelled; it takes no payments.`, {
        code: 'payment_order_cancelled',
        extensions: { current_status: order.status },
      });
    if (input.currency && input.currency.toUpperCase() !== order.currency)
      throw new UnprocessableError(`The order is in ${order.currency}.`, {
        code: 'payment_currency_mismatch',
        errors: [{ pointer: '/currency', in: 'body', message: `must be ${order.currency}` }],
      });
    const balance = balanceOf(order.total, account.paid);
    if (input.amount > balance)
      throw new UnprocessableError(`The payment of ${input.amount} exceeds the balance of ${balance}.`, {
        code: 'payment_exceeds_balance',
        errors: [{ pointer: '/amount', in: 'body', message: `must be at most ${balance}` }],
        extensions: { balance, total: order.total, paid: account.paid },
      });
    const id = newId();
    const [row] = await t.tx
      .insert(payments)
      .values({
        id,
        workspaceId: workspaceOf(t),
        orderId: order.id,
        amount: input.amount,
        currency: order.currency,
        method: input.method,
        reference: input.reference?.trim() || null,
        note: input.note?.trim() || null,
        actorType: t.actor.type,
        actorId: t.actor.id,
      })
      .returning();
    const paid = account.paid + input.amount;
    await t.tx
      .update(orderAccounts)
      .set({ paid, version: account.version + 1, updatedAt: new Date() })
      .where(and(eq(orderAccounts.workspaceId, account.workspaceId), eq(orderAccounts.orderId, order.id)));
    const after = balanceOf(order.total, paid);
    await publish(t, paymentRegistered, {
      aggregateId: id,
      payload: {
        payment_id: id,
        order_id: order.id,
        amount: input.amount,
        currency: order.currency,
        method: input.method,
        paid,
        balance: after,
        order_paid: after === 0,
      },
    });
    return toPayment(row as NonNullable<typeof row>, [], input.files?.signer);
  });
}
