import { defineEvent } from '@nexova/events';
import { z } from 'zod';
import { SAGA_STATES } from '../../domain/saga-states';

// checkout.saga.*: one event per state the checkout saga enters (aggregate = the order, which is the saga).

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
    type: `checkout.saga.${action}` as const,
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
  'A checkout saga started (or restarted after stock_failed) for a confirmed order.',
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
  'The payment deadline passed while the order holds registered payments (a partial payment): the saga does not cancel an order holding money. Nothing is undone; the order stays pending, its payment request open, and staff decide — collect the rest (the saga completes), or refund/void every payment (the saga then times out and cancels the order) or cancel it themselves (POST /orders/{order_id}/cancel, after refunding). `reason` names the money held.',
);
export const sagaCompleted = sagaEvent(
  'completed',
  'The order is paid: its stock was committed and the order confirmed.',
);
export const sagaPaymentFailed = sagaEvent(
  'payment_failed',
  'The payment failed: the reservation was released and the order canceled.',
);
export const sagaCanceled = sagaEvent(
  'canceled',
  'The order was canceled mid-checkout: the payment was canceled and the stock released.',
);
export const sagaTimedOut = sagaEvent(
  'timed_out',
  'No payment before the deadline and no money held (at the deadline, or once every payment of an overdue order was given back): the payment was canceled, the stock released, the order canceled.',
);

/** Fired by a durable timer at the saga's deadline; the saga ignores it once it has ended. */
export const sagaDeadlinePassed = defineEvent({
  type: 'checkout.saga.deadline_passed',
  version: 1,
  aggregate: 'order',
  description:
    "The checkout saga's payment deadline passed (a durable timer); a saga still waiting times out, or becomes payment_overdue when the order holds registered payments.",
  payload: z.object({ order_id: z.string().uuid(), attempt: z.number().int() }),
});

export const SAGA_EVENTS = {
  started: sagaStarted,
  stock_reserved: sagaStockReserved,
  stock_failed: sagaStockFailed,
  payment_pending: sagaPaymentPending,
  payment_overdue: sagaPaymentOverdue,
  completed: sagaCompleted,
  payment_failed: sagaPaymentFailed,
  canceled: sagaCanceled,
  timed_out: sagaTimedOut,
} as const;
