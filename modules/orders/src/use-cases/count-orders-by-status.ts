import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import { orders } from '../db/schema';
import type { OrderStatus } from '../domain/order-status';

export type CountOrdersByStatusInput = { createdFrom: Date; createdTo: Date };

// How many of the orders created in [from, to) are in each status now (the workspace overview's
// "today"); one grouped count over the (workspace_id, created_at) index, bounded by the range.
export async function countOrdersByStatus({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CountOrdersByStatusInput;
}): Promise<Partial<Record<OrderStatus, number>>> {
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select({ status: orders.status, n: count() })
      .from(orders)
      .where(
        and(
          eq(orders.workspaceId, workspaceOf(t)),
          gte(orders.createdAt, input.createdFrom),
          lt(orders.createdAt, input.createdTo),
        ),
      )
      .groupBy(orders.status);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  });
}
