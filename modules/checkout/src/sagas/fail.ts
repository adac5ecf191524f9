import { type TxContext, withSavepoint } from '@nexova/db';
import { cancel as cancelTimer } from '@nexova/events';
import { ConflictError } from '@nexova/kernel';
import { cancelOrder, getOrder } from '@nexova/orders';
import { cancelPaymentRequest } from '@nexova/payments';
import type { SagaRow } from '../db/saga-store';
import { type Compensation, unwindOrder } from '../domain/compensation';
import { moveSaga } from './move-saga';

export const deadlineKey = (orderId: string) => `checkout:deadline:${orderId}`;

/** Runs one compensation; each is idempotent and a no-op when there is nothing left to undo. */
async function compensate(t: TxContext, step: Compensation, reason: string): Promise<void> {
  switch (step.kind) {
    case 'cancel_payment':
      await cancelPaymentRequest({ ctx: t, input: { orderId: step.input.orderId, reason } });
      return;
    case 'release_stock':
      // Written by sagas started before stock had one owner: nothing to do here any more, the
      // order's cancellation below releases the hold (see the comment on failSaga).
      return;
  }
}

/**
 * Ends a running saga in a failure state: unwinds its compensations newest-first (cancel or refund
 * the payment), cancels the deadline timer, and cancels the order unless it already is (the
 * canceled case is the order's own cancellation).
 *
 * Stock has ONE owner: orders' cancelOrder. The saga never releases its hold itself — canceling the
 * order (here on payment_failed / timed_out, or staff's cancel that ends the saga `canceled`)
 * releases it, exactly once under the order's row lock. Staff cancel and the deadline both take the
 * order's payment-account lock first, so they serialise: whichever commits second finds the order
 * canceled (the saga skips the cancel; staff get 409 order_status_conflict) and releases nothing. A
 * cancel that won between the read below and the order's row lock is the same case: the saga's own
 * cancel is refused (409) and skipped, the step still ends the saga.
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
  if (order.status !== 'pending') return;
  try {
    await withSavepoint(t, (sp) =>
      cancelOrder({ ctx: sp, input: { orderId: saga.orderId, reason: `Checkout ${to}: ${reason}` } }),
    );
  } catch (error) {
    if (!(error instanceof ConflictError) || error.code !== 'order_status_conflict') throw error;
  }
}
