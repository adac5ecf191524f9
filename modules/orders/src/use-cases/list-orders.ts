import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Order } from '../contracts/order';
import { type LineRow, toOrder } from '../db/order-store';
import { orderLines, orders } from '../db/schema';
import type { OrderStatus } from '../domain/order-status';

export type ListOrdersInput = {
  status?: OrderStatus;
  customerId?: string;
  /** The human order number (#1042): at most one order. */
  number?: number;
  createdFrom?: Date;
  createdTo?: Date;
  limit?: number;
  cursor?: string;
};

// Orders newest first, filtered by status, customer (its order history), number and creation range [from, to).
export async function listOrders({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListOrdersInput;
}): Promise<Page<Order>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const filters: (SQL | undefined)[] = [eq(orders.workspaceId, ws), keysetAfterId(orders.id, after, 'desc')];
    if (input.status) filters.push(eq(orders.status, input.status));
    if (input.customerId) filters.push(eq(orders.customerId, input.customerId));
    if (input.number !== undefined) filters.push(eq(orders.number, input.number));
    if (input.createdFrom) filters.push(gte(orders.createdAt, input.createdFrom));
    if (input.createdTo) filters.push(lt(orders.createdAt, input.createdTo));
    const rows = await t.tx
      .select()
      .from(orders)
      .where(and(...filters))
      .orderBy(desc(orders.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (o) => [o.id]);
    const lines =
      page.items.length === 0
        ? []
        : await t.tx
            .select()
            .from(orderLines)
            .where(
              and(
                eq(orderLines.workspaceId, ws),
                inArray(
                  orderLines.orderId,
                  page.items.map((o) => o.id),
                ),
              ),
            )
            .orderBy(orderLines.orderId, orderLines.position);
    const grouped = new Map<string, LineRow[]>();
    for (const l of lines) grouped.set(l.orderId, [...(grouped.get(l.orderId) ?? []), l]);
    return { items: page.items.map((o) => toOrder(o, grouped.get(o.id) ?? [])), next_cursor: page.next_cursor };
  });
}
