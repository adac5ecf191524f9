import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import { orderCustomerReassigned } from '../contracts/events/order-events.v1';
import { orders, statusHistory } from '../db/schema';

export type ReassignCustomerOrdersInput = { from: string; to: string };

// Moves every order of customer `from` to `to` (after a customer merge); idempotent, the consumer of
// `customers.customer.merged` will call it. Each moved order gets a history entry and a version bump.
export async function reassignCustomerOrders({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReassignCustomerOrdersInput;
}): Promise<{ moved: number }> {
  if (input.from === input.to) return { moved: 0 };
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const moved = await t.tx
      .update(orders)
      .set({ customerId: input.to, version: sql`${orders.version} + 1`, updatedAt: new Date() })
      .where(and(eq(orders.workspaceId, ws), eq(orders.customerId, input.from)))
      .returning({ id: orders.id, status: orders.status });
    if (moved.length === 0) return { moved: 0 };
    await t.tx.insert(statusHistory).values(
      moved.map((o) => ({
        id: newId(),
        workspaceId: ws,
        orderId: o.id,
        action: 'reassign',
        fromStatus: o.status,
        toStatus: o.status,
        reason: `customer ${input.from} merged into ${input.to}`,
        actorType: t.actor.type,
        actorId: t.actor.id,
      })),
    );
    await publish(t, orderCustomerReassigned, {
      aggregateId: input.to,
      payload: { from: input.from, to: input.to, order_ids: moved.map((o) => o.id) },
    });
    return { moved: moved.length };
  });
}
