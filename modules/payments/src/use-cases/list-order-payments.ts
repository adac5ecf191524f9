import { type AppContext, withTransaction } from '@nexova/db';
import { getOrderSummary } from '@nexova/orders';
import { and, asc, eq } from 'drizzle-orm';
import type { OrderPayments } from '../contracts/payment';
import { attachmentsOf, paidOf, type ReceiptFiles, toPayment, workspaceOf } from '../db/payment-store';
import { payments } from '../db/schema';
import { balanceOf, paidStatus } from '../domain/balance';

export type ListOrderPaymentsInput = { orderId: string; files?: ReceiptFiles };

// An order's payments with its total, paid amount, balance and paid status (404 for a foreign order).
export async function listOrderPayments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListOrderPaymentsInput;
}): Promise<OrderPayments> {
  return withTransaction(ctx, async (t) => {
    const order = await getOrderSummary({ ctx: t, input: { orderId: input.orderId } });
    const rows = await t.tx
      .select()
      .from(payments)
      .where(and(eq(payments.workspaceId, workspaceOf(t)), eq(payments.orderId, order.id)))
      .orderBy(asc(payments.id));
    const files = await attachmentsOf(
      t,
      rows.map((p) => p.id),
    );
    const paid = await paidOf(t, order.id);
    return {
      order_id: order.id,
      currency: order.currency,
      total: order.total,
      paid,
      balance: balanceOf(order.total, paid),
      paid_status: paidStatus(order.total, paid),
      payments: rows.map((p) => toPayment(p, files.get(p.id) ?? [], input.files?.signer)),
    };
  });
}
