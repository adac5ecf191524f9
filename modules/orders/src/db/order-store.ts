import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError, newId } from '@nexova/kernel';
import { and, asc, eq } from 'drizzle-orm';
import type { DeliveryInput, HistoryEntry, Order, OrderDetail } from '../contracts/order';
import { allowedActions, type OrderStatus } from '../domain/order-status';
import { orderParts } from './order-parts';
import { type Delivery, orderLines, orders, statusHistory } from './schema';

export type OrderRow = typeof orders.$inferSelect;
export type LineRow = typeof orderLines.$inferSelect;
export type HistoryRow = typeof statusHistory.$inferSelect;

/** An order of this workspace or 404 (another workspace's id answers the same); `lock` takes its row lock. */
export async function mustLoadOrder(t: TxContext, id: string, lock = false): Promise<OrderRow> {
  const q = t.tx
    .select()
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceOf(t)), eq(orders.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new NotFoundError(`Order ${id} was not found.`, { code: 'order_not_found' });
  return row;
}

export async function linesOf(t: TxContext, orderId: string): Promise<LineRow[]> {
  return t.tx
    .select()
    .from(orderLines)
    .where(and(eq(orderLines.workspaceId, workspaceOf(t)), eq(orderLines.orderId, orderId)))
    .orderBy(asc(orderLines.position));
}

type HistoryEntryInput = {
  orderId: string;
  action: string;
  from: OrderStatus | null;
  to: OrderStatus;
  reason?: string | null;
};

/** One history entry's row with the context's actor (created_at: the database's now()). */
export const historyValues = (t: TxContext, entry: HistoryEntryInput) => ({
  id: newId(),
  workspaceId: workspaceOf(t),
  orderId: entry.orderId,
  action: entry.action,
  fromStatus: entry.from,
  toStatus: entry.to,
  reason: entry.reason ?? null,
  actorType: t.actor.type,
  actorId: t.actor.id,
});

/** Appends one history entry with the context's actor; returns the row. */
export async function appendHistory(t: TxContext, entry: HistoryEntryInput): Promise<HistoryRow> {
  const [row] = await t.tx.insert(statusHistory).values(historyValues(t, entry)).returning();
  return row as HistoryRow;
}

export const toDeliveryRow = (d: DeliveryInput | null | undefined): Delivery | null =>
  d
    ? {
        method: d.method,
        recipient: d.recipient ?? null,
        phone: d.phone ?? null,
        address: d.address ?? null,
        city: d.city ?? null,
        postalCode: d.postal_code ?? null,
        instructions: d.instructions ?? null,
      }
    : null;

const toDelivery = (d: Delivery | null): DeliveryInput | null =>
  d
    ? {
        method: d.method,
        recipient: d.recipient ?? null,
        phone: d.phone ?? null,
        address: d.address ?? null,
        city: d.city ?? null,
        postal_code: d.postalCode ?? null,
        instructions: d.instructions ?? null,
      }
    : null;

export const toOrder = (o: OrderRow, lines: LineRow[]): Order => ({
  id: o.id,
  number: o.number,
  status: o.status as OrderStatus,
  customer_id: o.customerId,
  currency: o.currency,
  lines: lines.map((l) => ({
    id: l.id,
    variant_id: l.variantId,
    sku: l.sku,
    name: l.name,
    unit_price: l.unitPrice,
    quantity: l.quantity,
    line_total: l.lineTotal,
  })),
  subtotal: o.subtotal,
  shipping_fee: o.shippingFee,
  total: o.total,
  delivery: toDelivery(o.delivery),
  notes: o.notes,
  allowed_actions: allowedActions(o.status as OrderStatus),
  version: o.version,
  created_at: o.createdAt.toISOString(),
  updated_at: o.updatedAt.toISOString(),
});

/**
 * The order with its lines and full status history. `known` skips reading back what the caller
 * has just written or read (a new order: its lines and its one history entry; a transition: the
 * lines it checked), in the same order.
 */
export async function orderDetail(
  t: TxContext,
  o: OrderRow,
  known?: { lines?: LineRow[]; history?: HistoryRow[] },
): Promise<OrderDetail> {
  // What the caller does not know is read in one statement (lines and history together).
  const parts = known?.lines && known.history ? undefined : await orderParts(t, o.workspaceId, o.id);
  const history = known?.history ?? parts?.history ?? [];
  const lines = known?.lines ? [...known.lines].sort((a, b) => a.position - b.position) : (parts?.lines ?? []);
  return {
    ...toOrder(o, lines),
    status_history: history.map(
      (h): HistoryEntry => ({
        id: h.id,
        action: h.action,
        from_status: h.fromStatus as OrderStatus | null,
        to_status: h.toStatus as OrderStatus,
        reason: h.reason,
        actor: { type: h.actorType, id: h.actorId },
        created_at: h.createdAt.toISOString(),
      }),
    ),
  };
}
