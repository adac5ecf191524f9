import type { TxContext } from '@nexova/db';
import { cancel as cancelTimer } from '@nexova/events';
import { releaseReservation } from '@nexova/inventory';
import { cancelOrder, getOrder } from '@nexova/orders';
import { cancelPaymentRequest } from '@nexova/payments';
import { moveSaga, type SagaRow } from '../db/saga-store';
import { type Compensation, unwindOrder } from '../domain/compensation';

export const deadlineKey = (orderId: string) => `checkout:deadline:${orderId}`;

/** Runs one compensation; each is idempotent and a no-op when there is nothing left to undo. */
async function compensate(t: TxContext, step: Compensation, reason: string): Promise<void> {
  switch (step.kind) {
    case 'release_stock':
      await releaseReservation({ ctx: t, input: { reservationId: step.input.reservationId, reason } });
      return;
    case 'cancel_payment':
      await cancelPaymentRequest({ ctx: t, input: { orderId: step.input.orderId, reason } });
      return;
  }
}

/**
 * Ends a running saga in a failure state: unwinds its compensations newest-first (cancel or refund
 * the payment, then release the stock), cancels the deadline timer, and cancels the order unless it
 * already is (the canceled case is the order's own cancellation).
 */
export async function failSaga(
  t: TxContext,
  saga: SagaRow,
  to: 'payment_failed' | 'timed_out' | 'canceled',
  reason: string,
): Promise<void> {
  for (const step of unwindOrder(saga.compensations)) await compensate(t, step, reason);
  await cancelTimer(t, deadlineKey(saga.orderId));
  await moveSaga(t, saga, to, { reason, patch: { compensations: [], lastError: to === 'canceled' ? null : reason } });
  const order = await getOrder({ ctx: t, input: { orderId: saga.orderId } });
  if (order.status === 'pending')
    await cancelOrder({ ctx: t, input: { orderId: saga.orderId, reason: `Checkout ${to}: ${reason}` } });
}
