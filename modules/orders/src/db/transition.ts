import type { TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, ConflictError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import {
  orderCanceled,
  orderConfirmed,
  orderDelivered,
  orderReopened,
  orderShipped,
  orderSubmitted,
} from '../contracts/events/order-events.v1';
import type { OrderDetail } from '../contracts/order';
import { allowedActions, nextStatus, type OrderAction, type OrderStatus } from '../domain/order-status';
import { appendHistory, mustLoadOrder, type OrderRow, orderDetail } from './order-store';
import { orders } from './schema';

export type TransitionInput = {
  orderId: string;
  reason?: string | null;
  expectedVersion?: number;
  /** confirm only: what the checkout saga needs to know (provider null = the configured default). */
  checkout?: { paymentProvider: string | null; paymentDeadline: Date; holdUntil: Date };
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

const simple = { cancel: orderCanceled, ship: orderShipped, deliver: orderDelivered, reopen: orderReopened };

/**
 * Locks the order, checks the status table, runs the action's side effect (stock) in the same
 * transaction, then writes the new status, a history entry and the event. Any throw rolls all back.
 */
export async function transitionOrder(
  t: TxContext,
  action: OrderAction,
  input: TransitionInput,
  effect: (order: OrderRow) => Promise<Partial<Pick<OrderRow, 'reservationId'>>> = async () => ({}),
): Promise<OrderDetail> {
  const order = await mustLoadOrder(t, input.orderId, true);
  checkVersion(order, input.expectedVersion);
  const to = nextStatus(order.status as OrderStatus, action);
  if (!to) throw illegalTransition(order, action);
  const extra = await effect(order);
  const [row] = await t.tx
    .update(orders)
    .set({ status: to, version: order.version + 1, updatedAt: new Date(), ...extra })
    .where(and(eq(orders.workspaceId, order.workspaceId), eq(orders.id, order.id)))
    .returning();
  const updated = row as OrderRow;
  const reason = input.reason ?? null;
  await appendHistory(t, { orderId: order.id, action, from: order.status as OrderStatus, to, reason });
  const base = { order_id: order.id, from_status: order.status, reason, version: updated.version };
  if (action === 'confirm')
    await publish(t, orderSubmitted, {
      aggregateId: order.id,
      payload: {
        ...base,
        total: updated.total,
        currency: updated.currency,
        payment_provider: input.checkout?.paymentProvider ?? null,
        payment_deadline: (input.checkout?.paymentDeadline ?? new Date()).toISOString(),
        hold_until: (input.checkout?.holdUntil ?? new Date()).toISOString(),
      },
    });
  else if (action === 'complete')
    await publish(t, orderConfirmed, {
      aggregateId: order.id,
      payload: { ...base, reservation_id: updated.reservationId, total: updated.total },
    });
  else await publish(t, simple[action], { aggregateId: order.id, payload: base });
  return orderDetail(t, updated);
}
