// The order state machine: one typed table of which action moves which status where.

export const ORDER_STATUSES = ['draft', 'pending', 'confirmed', 'shipped', 'delivered', 'canceled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * Staff actions (each one is a POST /orders/{order_id}/<action> route) and the checkout saga's own:
 * `complete` (paid and stock held → confirmed) and `reopen` (stock ran out → back to draft).
 */
export const STAFF_ACTIONS = ['submit', 'cancel', 'ship', 'deliver'] as const;
export const ORDER_ACTIONS = [...STAFF_ACTIONS, 'complete', 'reopen'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];
export type StaffAction = (typeof STAFF_ACTIONS)[number];

/** action → the statuses it may start from and the status it leads to. */
export const ORDER_TRANSITIONS = {
  // Submitting starts the checkout saga: the order waits (pending) for its stock and its payment.
  submit: { from: ['draft'], to: 'pending' },
  complete: { from: ['pending'], to: 'confirmed' },
  reopen: { from: ['pending'], to: 'draft' },
  cancel: { from: ['draft', 'pending', 'confirmed'], to: 'canceled' },
  ship: { from: ['confirmed'], to: 'shipped' },
  // A pickup order is delivered straight from confirmed.
  deliver: { from: ['confirmed', 'shipped'], to: 'delivered' },
} as const satisfies Record<OrderAction, { from: readonly OrderStatus[]; to: OrderStatus }>;

/** Statuses in which the order's lines, delivery and notes may still change. */
export const EDITABLE_STATUSES: readonly OrderStatus[] = ['draft'];

/** The status `action` leads to from `current`, or null when the table does not allow it. */
export function nextStatus(current: OrderStatus, action: OrderAction): OrderStatus | null {
  const rule = ORDER_TRANSITIONS[action];
  return (rule.from as readonly OrderStatus[]).includes(current) ? rule.to : null;
}

/** Staff actions allowed from a status (for error messages and the API). */
export const allowedActions = (current: OrderStatus): StaffAction[] =>
  STAFF_ACTIONS.filter((a) => nextStatus(current, a) !== null);

/** Statuses with no way out. */
export const isTerminal = (status: OrderStatus) => ORDER_ACTIONS.every((a) => nextStatus(status, a) === null);
