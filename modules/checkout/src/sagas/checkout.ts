import { type TxContext, withSavepoint } from '@nexova/db';
import { cancel as cancelTimer, schedule } from '@nexova/events';
import { reserveStock } from '@nexova/inventory';
import { AppError, ConflictError } from '@nexova/kernel';
import { completeOrder, getOrder, reopenOrder } from '@nexova/orders';
import {
  getPaymentIntent,
  type HeldMoney,
  lockOrderPayments,
  type PaymentProviderName,
  type PaymentsRuntime,
  type RequestPaymentInput,
  requestPayment,
} from '@nexova/payments';
import { sagaDeadlinePassed } from '../contracts/events/saga-events.v1';
import { insertSaga, loadSaga, type SagaRow } from '../db/saga-store';
import { pushCompensation } from '../domain/compensation';
import { canRestart, isTerminal, type SagaState } from '../domain/saga-states';
import { describeShortLines, shortLinesOf } from '../domain/short-lines';
import { commitStock } from './commit-stock';
import { deadlineKey, failSaga } from './fail';
import { moveSaga, recordStart } from './move-saga';

// The checkout saga (seed 004) as plain async code over its persisted row. Every function runs in a
// consumer's transaction (its effects, the saga row, the step's event and the inbox mark commit
// together), so a crash anywhere replays the step from the persisted state; each step is idempotent
// (reservation reference = order id, Stripe idempotency key = order id).

type ShortOf = Parameters<typeof shortLinesOf>[1];

export type StartInput = {
  orderId: string;
  provider: string | null;
  paymentDeadline: Date;
  holdUntil: Date;
  reason: string | null;
};

/**
 * orders.order.submitted, for a submit made without checkoutOrder (the demo seed): creates the saga
 * when there is none and the order is still pending. It never restarts one: on NATS this event can
 * arrive after the saga that checkoutOrder started already ended stock_failed (the order back to
 * draft), and restarting then would leave a `started` saga over a draft. Restarts are checkoutOrder's.
 */
export async function startCheckoutFromEvent(t: TxContext, input: StartInput): Promise<void> {
  if (await loadSaga(t, input.orderId)) return;
  const order = await getOrder({ ctx: t, input: { orderId: input.orderId } });
  if (order.status !== 'pending') return;
  await startCheckout(t, input);
}

/** Submitted → started (or a restart after stock_failed); a saga already running is left alone. */
export async function startCheckout(t: TxContext, input: StartInput): Promise<void> {
  const inserted = await insertSaga(t, {
    orderId: input.orderId,
    provider: input.provider,
    deadlineAt: input.paymentDeadline,
    holdUntil: input.holdUntil,
  });
  let saga: SagaRow | null = inserted;
  if (inserted) await recordStart(t, inserted, input.reason);
  else {
    const existing = await loadSaga(t, input.orderId, true);
    if (!existing || !canRestart(existing.state as SagaState)) return; // starting twice is a no-op
    saga = await moveSaga(t, existing, 'started', {
      reason: input.reason ?? 'submitted again',
      patch: {
        attempt: existing.attempt + 1,
        provider: input.provider,
        deadlineAt: input.paymentDeadline,
        holdUntil: input.holdUntil,
        reservationId: null,
        compensations: [],
        lastError: null,
        shortLines: null,
      },
    });
  }
  await schedule(t, {
    at: input.paymentDeadline,
    key: deadlineKey(input.orderId),
    event: {
      definition: sagaDeadlinePassed,
      aggregateId: input.orderId,
      payload: { order_id: input.orderId, attempt: saga?.attempt ?? 1 },
    },
  });
}

/**
 * started → stock_reserved → payment_pending in ONE commit, or stock_failed (nothing held; the order
 * is a draft again). Requesting the payment is local (manual: a pending intent; Stripe: only the
 * request is recorded, the worker calls Stripe after the commit), so the saga does not commit and
 * wait for its own stock_reserved event in between: it commits once per external wait (here: the
 * customer's payment). Our own refusals of the payment fail the saga here as in paymentStep; any
 * other failure rolls the whole step back (the reservation too) and the consumer retries it.
 * paymentStep still answers checkout.saga.stock_reserved, for a saga left in that state by an
 * earlier version (its event finds the payment requested here and does nothing).
 */
export async function reserveStep(t: TxContext, orderId: string, payments: PaymentsRuntime): Promise<void> {
  const saga = await loadSaga(t, orderId, true);
  if (saga?.state !== 'started') return;
  // Locked: a staff cancel either committed before (canceled: nothing to hold) or waits for this
  // commit and then releases the hold made here. Unlocked, a cancel committing between the read and
  // the reservation found nothing to release, and the hold stayed until it expired.
  const order = await getOrder({ ctx: t, input: { orderId, lock: true } });
  if (order.status !== 'pending') return; // canceled meanwhile: its orders.order.canceled ends the saga
  let reservation: Awaited<ReturnType<typeof reserveStock>>;
  try {
    reservation = await withSavepoint(t, (sp) =>
      reserveStock({
        ctx: sp,
        input: {
          reference: orderId,
          lines: order.lines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
          ttlSeconds: Math.max(10, Math.ceil((saga.holdUntil.getTime() - Date.now()) / 1000)),
          maxLines: Math.max(order.lines.length, 1),
        },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConflictError) || error.code !== 'insufficient_stock') throw error;
    // A sale won the race since confirm checked: record which lines were short and by how much.
    const short = shortLinesOf(order.lines, (error.extensions?.short ?? []) as ShortOf);
    const reason = short.length > 0 ? describeShortLines(short) : error.message;
    await moveSaga(t, saga, 'stock_failed', { reason, patch: { lastError: reason, shortLines: short } });
    await cancelTimer(t, deadlineKey(orderId));
    await reopenOrder({ ctx: t, input: { orderId, reason: `Checkout: ${reason}` } });
    return;
  }
  // No compensation pushed: the hold (reference = order id) is released by canceling the order,
  // which every failure path does (one owner of the stock: orders' cancelOrder; see fail.ts).
  // Its checkout.saga.stock_reserved is handled right here (handled: the consumer skips it).
  const reserved = await moveSaga(t, saga, 'stock_reserved', {
    patch: { reservationId: reservation.id },
    handled: true,
  });
  await requestPaymentStep(t, reserved, payments, order);
}

/** stock_reserved → payment_pending (then completed at once when nothing is owed), or payment_failed. */
export async function paymentStep(t: TxContext, orderId: string, payments: PaymentsRuntime): Promise<void> {
  const saga = await loadSaga(t, orderId, true);
  if (saga?.state !== 'stock_reserved') return; // reserveStep requested it already (or the saga ended)
  await requestPaymentStep(t, saga, payments);
}

/**
 * paymentStep on a saga row locked and read in this transaction (state stock_reserved); `order`:
 * the order as reserveStep read it under its lock in this transaction (payments need not read it again).
 */
async function requestPaymentStep(
  t: TxContext,
  saga: SagaRow,
  payments: PaymentsRuntime,
  order?: RequestPaymentInput['order'],
): Promise<void> {
  const orderId = saga.orderId;
  let intent: Awaited<ReturnType<typeof requestPayment>>;
  try {
    intent = await withSavepoint(t, (sp) =>
      requestPayment({
        ctx: sp,
        input: { orderId, provider: (saga.provider ?? undefined) as PaymentProviderName | undefined, order },
        runtime: payments,
      }),
    );
  } catch (error) {
    // Our own refusals (provider not configured, order not payable) fail the saga; anything else
    // (the provider unreachable) is retried by the consumer, then the deadline ends it.
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    await failSaga(t, saga, 'payment_failed', error.message);
    return;
  }
  const pending = await moveSaga(t, saga, 'payment_pending', {
    patch: {
      provider: intent.provider,
      compensations: pushCompensation(saga.compensations, { kind: 'cancel_payment', input: { orderId } }),
    },
  });
  // Already paid (balance 0) answers `succeeded` at once; otherwise payments.payment.registered signals it.
  if (intent.status === 'succeeded') await complete(t, pending);
}

/** payments.payment.registered with the order paid → completed (stock committed, order confirmed). */
export async function paymentReceived(t: TxContext, orderId: string): Promise<void> {
  const saga = await loadSaga(t, orderId, true);
  // Earlier states: the payment step sees the balance itself. Ended sagas: nothing to confirm twice.
  if (saga?.state !== 'payment_pending' && saga?.state !== 'payment_overdue') return;
  // Payments settles the intent in the same commit that pays the order off (manual or Stripe).
  if ((await getPaymentIntent({ ctx: t, input: { orderId } }))?.status === 'succeeded') await complete(t, saga);
}

/** A signal that ends a running saga: the payment failed, the deadline passed, the order was canceled. */
export async function endCheckout(
  t: TxContext,
  orderId: string,
  to: 'payment_failed' | 'timed_out' | 'canceled',
  reason: string,
  attempt?: number,
): Promise<void> {
  const saga = await loadSaga(t, orderId, true);
  if (!saga || isTerminal(saga.state as SagaState)) return;
  if (attempt !== undefined && attempt !== saga.attempt) return; // a deadline of an earlier run
  if (to === 'payment_failed' && saga.state !== 'payment_pending') return;
  if (to === 'timed_out') {
    // The saga does not cancel an order holding money (staff cancellation refuses it too: 409
    // order_has_payments). The account stays locked to the commit: no payment slips in meanwhile.
    const held = await lockOrderPayments({ ctx: t, input: { orderId } });
    if (held.registered.length > 0) {
      if (saga.state !== 'payment_overdue') await moveSaga(t, saga, 'payment_overdue', { reason: overdueReason(held) });
      return;
    }
  }
  await failSaga(t, saga, to, reason);
}

/** payments.payment.refunded / voided: an overdue order that holds no money any more times out now. */
export async function moneyReturned(t: TxContext, orderId: string): Promise<void> {
  const saga = await loadSaga(t, orderId, true);
  if (saga?.state !== 'payment_overdue') return;
  await endCheckout(t, orderId, 'timed_out', 'no payment before the deadline; the money held was given back');
}

function overdueReason(held: HeldMoney): string {
  const total = held.registered.reduce((sum, p) => sum + p.amount, 0);
  const currency = held.registered[0]?.currency ?? '';
  return (
    `payment deadline passed holding ${held.registered.length} payment(s) (${total} ${currency} in minor units): ` +
    'collect the rest, or refund or void each payment, or cancel the order after refunding'
  );
}

async function complete(t: TxContext, saga: SagaRow): Promise<void> {
  const reservationId = await commitStock(t, saga);
  await completeOrder({
    ctx: t,
    input: { orderId: saga.orderId, reservationId, reason: 'Checkout completed: paid' },
  });
  await cancelTimer(t, deadlineKey(saga.orderId));
  // Nothing to undo any more: a later cancellation of the order is a refund, not this saga's business.
  await moveSaga(t, saga, 'completed', { patch: { compensations: [], reservationId } });
}
