// The order state machine: one typed table of which action moves which status where.

export const ORDER_STATUSES = ['draft', 'confirmed', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = ['confirm', 'cancel', 'ship', 'deliver'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** action → the statuses it may start from and the status it leads to. */
export const ORDER_TRANSITIONS = {
  confirm: { from: ['draft'], to: 'confirmed' },
  cancel: { from: ['draft', 'confirmed'], to: 'cancelled' },
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

/** Actions allowed from a status (for error messages and the API). */
export const allowedActions = (current: OrderStatus): OrderAction[] =>
  ORDER_ACTIONS.filter((a) => nextStatus(current, a) !== null);

/** Statuses with no way out. */
export const isTerminal = (status: OrderStatus) => allowedActions(status).length === 0;
