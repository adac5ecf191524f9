import { type AppContext, withTransaction } from '@nexova/db';
import { decodeIdCursor, encodeIdCursor } from '@nexova/kernel';
import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Order } from '../contracts/order';
import { type LineRow, toOrder, workspaceOf } from '../db/order-store';
import { orderLines, orders } from '../db/schema';
import type { OrderStatus } from '../domain/order-status';

export type ListOrdersInput = {
  status?: OrderStatus;
  customerId?: string;
  createdFrom?: Date;
  createdTo?: Date;
  limit?: number;
  cursor?: string;
};

// Orders newest first, filtered by status, customer (its order history) and creation range [from, to).
export async function listOrders({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListOrdersInput;
}): Promise<{ items: Order[]; next_cursor: string | null }> {
  const limit = input.limit ?? 50;
  const after = decodeIdCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const filters: (SQL | undefined)[] = [eq(orders.workspaceId, ws)];
    if (after) filters.push(lt(orders.id, after));
    if (input.status) filters.push(eq(orders.status, input.status));
    if (input.customerId) filters.push(eq(orders.customerId, input.customerId));
    if (input.createdFrom) filters.push(gte(orders.createdAt, input.createdFrom));
    if (input.createdTo) filters.push(lt(orders.createdAt, input.createdTo));
    const rows = await t.tx
      .select()
      .from(orders)
      .where(and(...filters))
      .orderBy(desc(orders.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const lines =
      page.length === 0
        ? []
        : await t.tx
            .select()
            .from(orderLines)
            .where(
              and(
                eq(orderLines.workspaceId, ws),
                inArray(
                  orderLines.orderId,
                  page.map((o) => o.id),
                ),
              ),
            )
            .orderBy(orderLines.orderId, orderLines.position);
    const grouped = new Map<string, LineRow[]>();
    for (const l of lines) grouped.set(l.orderId, [...(grouped.get(l.orderId) ?? []), l]);
    const last = page.at(-1);
    return {
      items: page.map((o) => toOrder(o, grouped.get(o.id) ?? [])),
      next_cursor: rows.length > limit && last ? encodeIdCursor(last.id) : null,
    };
  });
}
