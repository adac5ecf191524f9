import { defineConsumer } from '@nexova/events';
import { orderCanceled, orderSubmitted } from '@nexova/orders';
import { intentFailed, paymentRefunded, paymentRegistered, paymentVoided } from '@nexova/payments';
import type { z } from 'zod';
import { sagaDeadlinePassed, sagaStarted, sagaStockReserved } from '../contracts/events/saga-events.v1';
import {
  endCheckout,
  moneyReturned,
  paymentReceived,
  paymentStep,
  reserveStep,
  startCheckoutFromEvent,
} from '../sagas/checkout';

type Payload<E extends { payload: z.ZodType }> = z.infer<E['payload']>;

/**
 * The checkout saga's driver: a durable consumer (effectively once: its effects and its inbox mark
 * commit together). Its own events advance it step by step, so each step is a separate commit and a
 * crashed worker resumes from the last one; orders', payments' and the timer's events signal it.
 */
export const checkoutConsumer = defineConsumer({
  name: 'checkout.saga',
  critical: true, // a dead letter here can leave a checkout waiting: alert
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
    const p = event.payload as Record<string, unknown>;
    const orderId = p.order_id as string;
    switch (event.type) {
      case orderSubmitted.type: {
        const s = p as Payload<typeof orderSubmitted>;
        return startCheckoutFromEvent(ctx, {
          orderId,
          provider: s.payment_provider,
          paymentDeadline: new Date(s.payment_deadline),
          holdUntil: new Date(s.hold_until),
          reason: s.reason,
        });
      }
      case sagaStarted.type:
        return reserveStep(ctx, orderId);
      case sagaStockReserved.type:
        return paymentStep(ctx, orderId);
      case paymentRegistered.type:
        return (p as Payload<typeof paymentRegistered>).order_paid ? paymentReceived(ctx, orderId) : undefined;
      case paymentRefunded.type:
      case paymentVoided.type:
        return (p as Payload<typeof paymentRefunded>).paid === 0 ? moneyReturned(ctx, orderId) : undefined;
      case intentFailed.type:
        return endCheckout(ctx, orderId, 'payment_failed', String(p.failure_reason ?? 'payment failed'));
      case sagaDeadlinePassed.type:
        return endCheckout(ctx, orderId, 'timed_out', 'no payment before the deadline', Number(p.attempt));
      case orderCanceled.type:
        return endCheckout(ctx, orderId, 'canceled', String(p.reason ?? 'order canceled'));
    }
  },
});
