import { queryRows, type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { HistoryRow, LineRow, OrderRow } from './order-store';
import { orders } from './schema';

type LineJson = {
  id: string;
  workspace_id: string;
  order_id: string;
  position: number;
  variant_id: string;
  sku: string;
  name: string;
  unit_price: number;
  quantity: number;
  line_total: number;
};
type HistoryJson = {
  id: string;
  workspace_id: string;
  order_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  actor_type: string;
  actor_id: string | null;
  created_at: string;
};

/**
 * An order's lines (by position) and status history (oldest first) in one statement — one round
 * trip where two selects took two. Both filtered by workspace and order (the indexes lead by them).
 */
const linesJson = (workspaceId: string, orderId: unknown) => sql`(select json_agg(l order by l.position)
  from orders.lines l where l.workspace_id = ${workspaceId} and l.order_id = ${orderId})`;
const historyJson = (workspaceId: string, orderId: unknown) => sql`(select json_agg(h order by h.id)
  from orders.status_history h where h.workspace_id = ${workspaceId} and h.order_id = ${orderId})`;

/**
 * An order with its lines and history in one statement (locked FOR UPDATE when asked: the lock
 * takes the order row only) — the read of getOrder, which the checkout saga makes at every step.
 */
export async function loadOrderWithParts(
  t: TxContext,
  id: string,
  lock = false,
): Promise<{ order: OrderRow; lines: LineRow[]; history: HistoryRow[] }> {
  const ws = workspaceOf(t);
  const q = t.tx
    .select({
      ...getTableColumns(orders),
      partLines: sql<LineJson[] | null>`${linesJson(ws, orders.id)}`,
      partHistory: sql<HistoryJson[] | null>`${historyJson(ws, orders.id)}`,
    })
    .from(orders)
    .where(and(eq(orders.workspaceId, ws), eq(orders.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new NotFoundError(`Order ${id} was not found.`, { code: 'order_not_found' });
  const { partLines, partHistory, ...order } = row;
  return { order, ...fromJson(partLines, partHistory) };
}

export async function orderParts(
  t: TxContext,
  workspaceId: string,
  orderId: string,
): Promise<{ lines: LineRow[]; history: HistoryRow[] }> {
  const [row] = await queryRows<{ lines: LineJson[] | null; history: HistoryJson[] | null }>(
    t.tx,
    sql`select ${linesJson(workspaceId, orderId)} as lines, ${historyJson(workspaceId, orderId)} as history`,
  );
  return fromJson(row?.lines ?? null, row?.history ?? null);
}

function fromJson(
  linesJ: LineJson[] | null,
  historyJ: HistoryJson[] | null,
): { lines: LineRow[]; history: HistoryRow[] } {
  const lines = (linesJ ?? []).map(
    (l): LineRow => ({
      id: l.id,
      workspaceId: l.workspace_id,
      orderId: l.order_id,
      position: l.position,
      variantId: l.variant_id,
      sku: l.sku,
      name: l.name,
      unitPrice: Number(l.unit_price),
      quantity: l.quantity,
      lineTotal: Number(l.line_total),
    }),
  );
  const history = (historyJ ?? []).map(
    (h): HistoryRow => ({
      id: h.id,
      workspaceId: h.workspace_id,
      orderId: h.order_id,
      action: h.action,
      fromStatus: h.from_status,
      toStatus: h.to_status,
      reason: h.reason,
      actorType: h.actor_type,
      actorId: h.actor_id,
      createdAt: new Date(h.created_at),
    }),
  );
  return { lines, history };
}
