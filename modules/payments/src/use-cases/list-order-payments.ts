import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page } from '@nexova/http';
import { getOrderSummary } from '@nexova/orders';
import { and, asc, eq } from 'drizzle-orm';
import type { Payment } from '../contracts/payment';
import { payments } from '../db/schema';
import { paymentsPage, type ReceiptFiles } from './payment-view';

export type ListOrderPaymentsInput = { orderId: string; limit?: number; cursor?: string; files?: ReceiptFiles };

// An order's payments, oldest first, a page at a time (404 for a foreign order). Its balance: getOrderBalance.
export async function listOrderPayments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListOrderPaymentsInput;
}): Promise<Page<Payment>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const order = await getOrderSummary({ ctx: t, input: { orderId: input.orderId } });
    const filters = [
      eq(payments.workspaceId, workspaceOf(t)),
      eq(payments.orderId, order.id),
      keysetAfterId(payments.id, after),
    ];
    const rows = await t.tx
      .select()
      .from(payments)
      .where(and(...filters))
      .orderBy(asc(payments.id))
      .limit(limit + 1);
    return paymentsPage(t, rows, limit, input.files?.signer);
  });
}
