import { type AppContext, withTransaction } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { ValidationError } from '@nexova/kernel';
import { getOrderSummary } from '@nexova/orders';
import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Payment } from '../contracts/payment';
import { attachmentsOf, type ReceiptFiles, toPayment, workspaceOf } from '../db/payment-store';
import { payments } from '../db/schema';

export type ListOrderPaymentsInput = { orderId: string; limit?: number; cursor?: string; files?: ReceiptFiles };

/** The payment id a cursor of this list carries (`[id]`); anything else is 400 naming `cursor`. */
function afterId(cursor: string | undefined): string | null {
  const key = decodeCursor(cursor);
  if (key === null) return null;
  const id = z.string().uuid().safeParse(key[0]);
  if (key.length === 1 && id.success) return id.data;
  throw new ValidationError('The cursor is not valid; pass back a next_cursor exactly.', [
    { pointer: '/cursor', in: 'query', message: 'is not a cursor of this list' },
  ]);
}

// An order's payments, oldest first, a page at a time (404 for a foreign order). Its balance: getOrderBalance.
export async function listOrderPayments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListOrderPaymentsInput;
}): Promise<Page<Payment>> {
  const limit = input.limit ?? 50;
  const after = afterId(input.cursor);
  return withTransaction(ctx, async (t) => {
    const order = await getOrderSummary({ ctx: t, input: { orderId: input.orderId } });
    const filters: SQL[] = [eq(payments.workspaceId, workspaceOf(t)), eq(payments.orderId, order.id)];
    if (after) filters.push(gt(payments.id, after));
    const rows = await t.tx
      .select()
      .from(payments)
      .where(and(...filters))
      .orderBy(asc(payments.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (p) => [p.id]);
    const files = await attachmentsOf(
      t,
      page.items.map((p) => p.id),
    );
    return {
      items: page.items.map((p) => toPayment(p, files.get(p.id) ?? [], input.files?.signer)),
      next_cursor: page.next_cursor,
    };
  });
}
