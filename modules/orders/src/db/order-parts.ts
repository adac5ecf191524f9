import { queryRows, type TxContext } from '@nexova/db';
import { sql } from 'drizzle-orm';
import type { HistoryRow, LineRow } from './order-store';

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
export async function orderParts(
  t: TxContext,
  workspaceId: string,
  orderId: string,
): Promise<{ lines: LineRow[]; history: HistoryRow[] }> {
  const [row] = await queryRows<{ lines: LineJson[] | null; history: HistoryJson[] | null }>(
    t.tx,
    sql`select
  (select json_agg(l order by l.position) from orders.lines l
    where l.workspace_id = ${workspaceId} and l.order_id = ${orderId}) as lines,
  (select json_agg(h order by h.id) from orders.status_history h
    where h.workspace_id = ${workspaceId} and h.order_id = ${orderId}) as history`,
  );
  const lines = (row?.lines ?? []).map(
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
  const history = (row?.history ?? []).map(
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
