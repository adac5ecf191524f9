import { defineConsumer } from '@nexova/events';
import { orderCanceled, orderSubmitted } from '@nexova/orders';
import {
  intentFailed,
  type PaymentsRuntime,
  paymentRefunded,
  paymentRegistered,
  paymentVoided,
} from '@nexova/payments';
import { sagaDeadlinePassed, sagaStarted, sagaStockReserved } from '../contracts/events/saga-events.v1';
import {
  endCheckout,
  moneyReturned,
  paymentReceived,
  paymentStep,
  reserveStep,
  startCheckoutFromEvent,
} from '../sagas/checkout';
import { SAGA_CONSUMER } from '../sagas/move-saga';

/**
 * The checkout saga's driver: a durable consumer (effectively once: its effects and its inbox mark
 * commit together). It commits once per external wait: started → stock reserved → payment requested
 * is one commit (its stock_reserved event is marked handled there), and a crashed worker resumes
 * from the last commit; orders', payments' and the timer's events signal it.
 * Payments are requested through the app's providers runtime, given by the composition.
 */
export const checkoutConsumer = ({ payments }: { payments: PaymentsRuntime }) =>
  defineConsumer({
    name: SAGA_CONSUMER,
    critical: true, // a dead letter here can leave a checkout waiting: alert
    // One order's events (from orders, payments and the saga) in log order; orders side by side.
    partition: (event) => `order:${event.payload.order_id}`,
    events: [
      orderSubmitted,
      orderCanceled,
      sagaStarted,
      sagaStockReserved,
      sagaDeadlinePassed,
      paymentRegistered,
      paymentRefunded,
      paymentVoided,
      intentFailed,
    ],
    async handle({ ctx, event }) {
      const orderId = event.payload.order_id;
      switch (event.type) {
        case orderSubmitted.type: {
          const s = event.payload;
          return startCheckoutFromEvent(ctx, {
            orderId,
            provider: s.payment_provider,
            paymentDeadline: new Date(s.payment_deadline),
            holdUntil: new Date(s.hold_until),
            reason: s.reason,
          });
        }
        case sagaStarted.type:
          return reserveStep(ctx, orderId, payments);
        case sagaStockReserved.type:
          return paymentStep(ctx, orderId, payments);
        case paymentRegistered.type:
          return event.payload.order_paid ? paymentReceived(ctx, orderId) : undefined;
        case paymentRefunded.type:
        case paymentVoided.type:
          return event.payload.paid === 0 ? moneyReturned(ctx, orderId) : undefined;
        case intentFailed.type:
          return endCheckout(ctx, orderId, 'payment_failed', event.payload.failure_reason ?? 'payment failed');
        case sagaDeadlinePassed.type:
          return endCheckout(ctx, orderId, 'timed_out', 'no payment before the deadline', event.payload.attempt);
        case orderCanceled.type:
          return endCheckout(ctx, orderId, 'canceled', event.payload.reason ?? 'order canceled');
      }
    },
  });
