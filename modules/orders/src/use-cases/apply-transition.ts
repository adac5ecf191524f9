import type { TxContext } from '@nexova/db';
import { assertExpectedVersion, ConflictError, noteAudit } from '@nexova/kernel';
import { loadOrderWithParts } from '../db/order-parts';
import type { HistoryRow, LineRow, OrderRow } from '../db/order-store';
import { type TransitionPatch, writeTransition } from '../db/transition';
import { allowedActions, nextStatus, type OrderAction, type OrderStatus } from '../domain/order-status';

// Private to the status use-cases (not exported from the module): the shared decision of every
// transition. Each use-case runs its own effect and publishes its own event around it.

export type TransitionInput = {
  orderId: string;
  reason?: string | null;
  expectedVersion?: number;
};

/** 409 naming the current status when the table refuses the action. */
export const illegalTransition = (order: OrderRow, action: OrderAction) =>
  new ConflictError(`Order ${order.id} is ${order.status}; it cannot ${action}.`, {
    code: 'order_status_conflict',
    extensions: { current_status: order.status, action, allowed_actions: allowedActions(order.status as OrderStatus) },
  });

/** 412 `version_mismatch` naming the current version when the caller expected another (If-Match). */
export function checkVersion(order: OrderRow, expected: number | undefined) {
  assertExpectedVersion(order.version, expected, `Order ${order.id}`);
}

export type Transitioned = {
  before: OrderRow;
  after: OrderRow;
  reason: string | null;
  /** The order's lines (a transition leaves them as they were) and its history, the new entry last. */
  parts: { lines: LineRow[]; history: HistoryRow[] };
};

/**
 * Locks the order (read with its lines and history in the same statement), checks its version and
 * the status table, runs the action's effect (stock) in the same transaction, then writes the new
 * status and the history entry. Any throw rolls all back. Two statements in all, and the caller
 * answers with the order's detail (orderDetail with `parts`) without reading it again.
 */
export async function applyTransition(
  t: TxContext,
  action: OrderAction,
  input: TransitionInput,
  effect: (order: OrderRow, lines: LineRow[]) => Promise<TransitionPatch | undefined> = async () => undefined,
): Promise<Transitioned> {
  const { order: before, lines, history } = await loadOrderWithParts(t, input.orderId, true);
  checkVersion(before, input.expectedVersion);
  const to = nextStatus(before.status as OrderStatus, action);
  if (!to) throw illegalTransition(before, action);
  const patch = await effect(before, lines);
  const reason = input.reason ?? null;
  const { after, entry } = await writeTransition(t, before, { action, to, reason, patch });
  noteAudit(t, {
    target: { type: 'order', id: after.id },
    changes: {
      status: { before: before.status, after: after.status },
      ...(reason ? { reason: { after: reason } } : {}),
    },
  });
  return { before, after, reason, parts: { lines, history: [...history, entry] } };
}

/** The fields every order status event carries. */
export const transitionPayload = ({ before, after, reason }: Transitioned) => ({
  order_id: before.id,
  from_status: before.status,
  reason,
  version: after.version,
});
