import { defineEvent } from '@nexova/events';
import { z } from 'zod';
import { SAGA_STATES } from '../../domain/saga-states';

// orders.saga.*: one event per state the checkout saga enters (aggregate = the order, which is the saga).

const transition = z.object({
  order_id: z.string().uuid().describe('The order, which is also the saga id.'),
  attempt: z.number().int(),
  from_state: z.enum(SAGA_STATES).nullable(),
  state: z.enum(SAGA_STATES),
  provider: z.string().nullable(),
  reservation_id: z.string().uuid().nullable(),
  reason: z.string().nullable(),
});

const sagaEvent = <T extends string, P extends z.ZodObject = typeof transition>(
  action: T,
  description: string,
  payload: P = transition as unknown as P,
) =>
  defineEvent({
    type: `orders.saga.${action}` as const,
    version: 1,
    aggregate: 'order',
    description,
    payload,
  });

const shortLine = z.object({
  pointer: z.string().describe('The order line ("/lines/0").'),
  variant_id: z.string().uuid(),
  sku: z.string().nullable(),
  requested: z.number().int(),
  available: z.number().int(),
});

export const sagaStarted = sagaEvent(
  'started',
  'A checkout saga started (or restarted after STOCK_FAILED) for a confirmed order.',
);
export const sagaStockReserved = sagaEvent(
  'stock_reserved',
  "The order's stock is held by one all-or-nothing reservation.",
);
export const sagaStockFailed = sagaEvent(
  'stock_failed',
  'Some line was short: nothing is held, no payment was asked, the order is a draft again. `short_lines` names each short line with what it asked for and what was available.',
  transition.extend({ short_lines: z.array(shortLine).optional() }),
);
export const sagaPaymentPending = sagaEvent(
  'payment_pending',
  "The order's payment was asked for (manual or a Stripe PaymentIntent).",
);
export const sagaPaymentOverdue = sagaEvent(
  'payment_overdue',
  'The payment deadline passed while the order holds registered payments (a partial payment): the saga does not cancel an order holding money. Nothing is undone; the order stays pending, its payment request open, and staff decide — collect the rest (the saga completes), or refund/void every payment (the saga then times out and cancels the order) or cancel it themselves (POST /orders/{id}/cancel, after refunding). `reason` names the money held.',
);
export const sagaCompleted = sagaEvent(
  'completed',
  'The order is paid: its stock was committed and the order confirmed.',
);
export const sagaPaymentFailed = sagaEvent(
  'payment_failed',
  'The payment failed: the reservation was released and the order cancelled.',
);
export const sagaCancelled = sagaEvent(
  'cancelled',
  'The order was cancelled mid-checkout: the payment was cancelled and the stock released.',
);
export const sagaTimedOut = sagaEvent(
  'timed_out',
  'No payment before the deadline and no money held (at the deadline, or once every payment of an overdue order was given back): the payment was cancelled, the stock released, the order cancelled.',
);

/** Fired by a durable timer at the saga's deadline; the saga ignores it once it has ended. */
export const sagaDeadlinePassed = defineEvent({
  type: 'orders.saga.deadline_passed',
  version: 1,
  aggregate: 'order',
  description:
    "The checkout saga's payment deadline passed (a durable timer); a saga still waiting times out, or becomes PAYMENT_OVERDUE when the order holds registered payments.",
  payload: z.object({ order_id: z.string().uuid(), attempt: z.number().int() }),
});

export const SAGA_EVENTS = {
  STARTED: sagaStarted,
  STOCK_RESERVED: sagaStockReserved,
  STOCK_FAILED: sagaStockFailed,
  PAYMENT_PENDING: sagaPaymentPending,
  PAYMENT_OVERDUE: sagaPaymentOverdue,
  COMPLETED: sagaCompleted,
  PAYMENT_FAILED: sagaPaymentFailed,
  CANCELLED: sagaCancelled,
  TIMED_OUT: sagaTimedOut,
} as const;
