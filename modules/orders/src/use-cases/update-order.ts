import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { orderUpdated } from '../contracts/events/order-events.v1';
import type { DeliveryInput, OrderDetail } from '../contracts/order';
import { type LineInput, writeLines } from '../db/line-store';
import { appendHistory, linesOf, mustLoadOrder, orderDetail, toDeliveryRow } from '../db/order-store';
import { orderLines, orders } from '../db/schema';
import { EDITABLE_STATUSES, type OrderStatus } from '../domain/order-status';
import { checkVersion } from './apply-transition';
import { priceLines } from './price-lines';
import { resolveCustomerId } from './resolve-customer-id';

export type UpdateOrderInput = {
  orderId: string;
  lines?: LineInput[];
  customerId?: string | null;
  delivery?: DeliveryInput | null;
  notes?: string | null;
  shippingFee?: number;
  expectedVersion?: number;
  reason?: string | null;
  maxLines?: number;
};

// Edits a draft (lines re-priced from the catalog); 409 naming the status once it left draft. The
// order row is written first, conditioned on the version read: a concurrent change → 409/412.
export async function updateOrder({ ctx, input }: { ctx: AppContext; input: UpdateOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const order = await mustLoadOrder(t, input.orderId);
    checkVersion(order, input.expectedVersion);
    if (!EDITABLE_STATUSES.includes(order.status as OrderStatus))
      throw new ConflictError(`Order ${order.id} is ${order.status}; only drafts can be edited.`, {
        code: 'order_not_editable',
        extensions: { current_status: order.status },
      });
    const changed: string[] = [];
    const set: Partial<typeof orders.$inferInsert> = {};
    const shippingFee = input.shippingFee ?? order.shippingFee;
    let priced: Awaited<ReturnType<typeof priceLines>> | undefined;
    if (input.lines !== undefined || input.shippingFee !== undefined) {
      const current = await linesOf(t, order.id);
      const lines = input.lines ?? current.map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
      priced = await priceLines(t, { lines, shippingFee, maxLines: input.maxLines ?? 100 });
      if (input.lines !== undefined) changed.push('lines');
      if (input.shippingFee !== undefined) changed.push('shipping_fee');
      Object.assign(set, { currency: priced.currency, ...priced.totals });
    }
    if (input.customerId !== undefined) {
      set.customerId = await resolveCustomerId(t, input.customerId);
      changed.push('customer_id');
    }
    if (input.delivery !== undefined) {
      set.delivery = toDeliveryRow(input.delivery);
      changed.push('delivery');
    }
    if (input.notes !== undefined) {
      set.notes = input.notes?.trim() || null;
      changed.push('notes');
    }
    if (changed.length === 0) return orderDetail(t, order);
    const [row] = await t.tx
      .update(orders)
      .set({ ...set, version: order.version + 1, updatedAt: new Date() })
      .where(and(eq(orders.workspaceId, order.workspaceId), eq(orders.id, order.id), eq(orders.version, order.version)))
      .returning();
    if (!row) versionRaceLost(order.version, input.expectedVersion, `Order ${order.id}`);
    const updated = row;
    if (input.lines !== undefined && priced) {
      await t.tx
        .delete(orderLines)
        .where(and(eq(orderLines.workspaceId, order.workspaceId), eq(orderLines.orderId, order.id)));
      await writeLines(t, order.id, priced.lines);
    }
    await appendHistory(t, { orderId: order.id, action: 'update', from: 'draft', to: 'draft', reason: input.reason });
    await publish(t, orderUpdated, {
      aggregateId: order.id,
      payload: { order_id: order.id, changed, total: updated.total, version: updated.version },
    });
    return orderDetail(t, updated);
  });
}
