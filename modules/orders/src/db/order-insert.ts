import { queryRows, type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { type SQL, sql } from 'drizzle-orm';
import type { PricedLine } from './line-store';
import type { HistoryRow, LineRow, OrderRow } from './order-store';
import type { Delivery } from './schema';

export type NewOrder = {
  id: string;
  customerId: string | null;
  currency: string;
  subtotal: number;
  shippingFee: number;
  total: number;
  delivery: Delivery | null;
  notes: string | null;
};

type Inserted = { number: number; version: number; created_at: Date | string; updated_at: Date | string };

/**
 * A new draft order in one statement (one round trip): the workspace's next number (the counter
 * upsert, whose row lock serialises the workspace's orders until commit — so it is taken here, as
 * late as possible, not before the other writes), the order, all its lines and its first history
 * entry, as data-modifying CTEs. Returns the rows as a read would (now() is the transaction's time,
 * the same for every default timestamp).
 */
export async function insertNewOrder(
  t: TxContext,
  order: NewOrder,
  lines: PricedLine[],
): Promise<{ row: OrderRow; lines: LineRow[]; history: HistoryRow }> {
  const workspaceId = workspaceOf(t);
  const lineRows: LineRow[] = lines.map((l, position) => ({
    id: newId(),
    workspaceId,
    orderId: order.id,
    position,
    variantId: l.variantId,
    sku: l.sku,
    name: l.name,
    unitPrice: l.unitPrice,
    quantity: l.quantity,
    lineTotal: l.unitPrice * l.quantity,
  }));
  const historyId = newId();
  const values: SQL[] = lineRows.map(
    (l) =>
      sql`(${l.id}::uuid, ${workspaceId}::uuid, ${order.id}::uuid, ${l.position}::int, ${l.variantId}::uuid, ${l.sku}, ${l.name}, ${l.unitPrice}::bigint, ${l.quantity}::int, ${l.lineTotal}::bigint)`,
  );
  const delivery = order.delivery === null ? null : JSON.stringify(order.delivery);
  const [inserted] = await queryRows<Inserted>(
    t.tx,
    sql`with counter as (
  insert into orders.order_counters as c (workspace_id, last_number) values (${workspaceId}::uuid, 1)
  on conflict (workspace_id) do update set last_number = c.last_number + 1
  returning c.last_number
), o as (
  insert into orders.orders (id, workspace_id, number, status, customer_id, currency, subtotal, shipping_fee, total, delivery, notes)
  select ${order.id}::uuid, ${workspaceId}::uuid, counter.last_number, 'draft', ${order.customerId}::uuid, ${order.currency},
    ${order.subtotal}::bigint, ${order.shippingFee}::bigint, ${order.total}::bigint, ${delivery}::jsonb, ${order.notes}
  from counter
  returning number, version, created_at, updated_at
), l as (
  insert into orders.lines (id, workspace_id, order_id, position, variant_id, sku, name, unit_price, quantity, line_total)
  values ${sql.join(values, sql`, `)}
), h as (
  insert into orders.status_history (id, workspace_id, order_id, action, from_status, to_status, actor_type, actor_id)
  values (${historyId}::uuid, ${workspaceId}::uuid, ${order.id}::uuid, 'place', null, 'draft', ${t.actor.type}, ${t.actor.id})
)
select number, version, created_at, updated_at from o`,
  );
  if (!inserted) throw new Error('insertNewOrder: the order insert returned no row');
  const createdAt = new Date(inserted.created_at);
  const row: OrderRow = {
    ...order,
    workspaceId,
    number: Number(inserted.number),
    status: 'draft',
    reservationId: null,
    version: Number(inserted.version),
    createdAt,
    updatedAt: new Date(inserted.updated_at),
  };
  const history: HistoryRow = {
    id: historyId,
    workspaceId,
    orderId: order.id,
    action: 'place',
    fromStatus: null,
    toStatus: 'draft',
    reason: null,
    actorType: t.actor.type,
    actorId: t.actor.id,
    createdAt, // now(): the transaction's start, as the order's
  };
  return { row, lines: lineRows, history };
}
