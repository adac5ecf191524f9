import type { TxContext } from '@nexova/db';
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { OrderAction, OrderStatus } from '../domain/order-status';
import { type HistoryRow, historyValues, type OrderRow } from './order-store';
import { orders, statusHistory } from './schema';

/** The columns a transition may set besides the status (the saga's reservation on complete). */
export type TransitionPatch = Partial<Pick<OrderRow, 'reservationId'>>;

/**
 * Writes an order's new status (version + 1) and its history entry in the caller's transaction; the
 * caller holds the order's row lock and decided the move is legal. Returns the updated row and the
 * entry as stored (its created_at is the transaction's now(), read back by the same statement), so
 * the caller can answer with the whole history without reading it again.
 */
export async function writeTransition(
  t: TxContext,
  order: OrderRow,
  move: { action: OrderAction; to: OrderStatus; reason: string | null; patch?: TransitionPatch },
): Promise<{ after: OrderRow; entry: HistoryRow }> {
  // The history entry rides in the UPDATE as a data-modifying CTE: one statement, one round trip.
  const entry = historyValues(t, {
    orderId: order.id,
    action: move.action,
    from: order.status as OrderStatus,
    to: move.to,
    reason: move.reason,
  });
  const history = t.tx
    .$with('history')
    .as(t.tx.insert(statusHistory).values(entry).returning({ id: statusHistory.id }));
  const [row] = await t.tx
    .with(history)
    .update(orders)
    .set({ status: move.to, version: order.version + 1, updatedAt: new Date(), ...move.patch })
    .where(and(eq(orders.workspaceId, order.workspaceId), eq(orders.id, order.id)))
    .returning({ ...getTableColumns(orders), enteredAt: sql`now()`.mapWith(statusHistory.createdAt) });
  const { enteredAt, ...after } = row as OrderRow & { enteredAt: Date };
  return { after, entry: { ...entry, createdAt: enteredAt } };
}
