import type { TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, UnprocessableError } from '@nexova/kernel';
import { getOrderSummary } from '@nexova/orders';
import { intentSucceeded } from '../contracts/events/intent-events.v1';
import { paymentRegistered } from '../contracts/events/payment-events.v1';
import type { PaymentMethod } from '../contracts/payment';
import { markManualIntentSucceeded } from '../db/intent-store';
import { lockAccount, type PaymentRow } from '../db/payment-store';
import { insertPayment, setAccountPaid } from '../db/payment-writes';
import { balanceOf } from '../domain/balance';
import { publishIntent } from './publish-intent';

// Private to registerPayment and the Stripe webhook (not exported from the module).

export type RecordPaymentInput = {
  orderId: string;
  amount: number;
  method: PaymentMethod;
  currency?: string;
  reference?: string | null;
  note?: string | null;
};

/** Why a payment a provider already took needs staff: more than the balance, or a canceled order. */
export type ReviewReason = 'overpaid' | 'order_canceled';
export type RecordedPayment = { row: PaymentRow; balance: number; reviewReason: ReviewReason | null };

/**
 * Records money received against an order under its account row lock and publishes
 * payments.payment.registered. Staff payments (`taken` false) are refused when the order is
 * canceled (409) or the amount exceeds the balance (422). Money a provider already took (`taken`)
 * is recorded anyway, with a review reason: the ledger must show what the customer paid.
 */
export async function recordPayment(t: TxContext, input: RecordPaymentInput, taken = false): Promise<RecordedPayment> {
  const account = await lockAccount(t, input.orderId);
  const order = await getOrderSummary({ ctx: t, input: { orderId: input.orderId } });
  const balance = balanceOf(order.total, account.paid);
  let reviewReason: ReviewReason | null = null;
  if (order.status === 'canceled') {
    if (!taken)
      throw new ConflictError(`Order ${order.id} is canceled; it takes no payments.`, {
        code: 'payment_order_canceled',
        extensions: { current_status: order.status },
      });
    reviewReason = 'order_canceled';
  }
  if (input.currency && input.currency.toUpperCase() !== order.currency)
    throw new UnprocessableError(`The order is in ${order.currency}.`, {
      code: 'payment_currency_mismatch',
      errors: [{ pointer: '/currency', in: 'body', message: `must be ${order.currency}` }],
    });
  if (input.amount > balance) {
    if (!taken)
      throw new UnprocessableError(`The payment of ${input.amount} exceeds the balance of ${balance}.`, {
        code: 'payment_exceeds_balance',
        errors: [{ pointer: '/amount', in: 'body', message: `must be at most ${balance}` }],
        extensions: { balance, total: order.total, paid: account.paid },
      });
    reviewReason ??= 'overpaid';
  }
  const row = await insertPayment(t, {
    orderId: order.id,
    amount: input.amount,
    currency: order.currency,
    method: input.method,
    reference: input.reference?.trim() || null,
    note: input.note?.trim() || null,
  });
  const id = row.id;
  const paid = account.paid + input.amount;
  await setAccountPaid(t, account, paid);
  const after = balanceOf(order.total, paid);
  await publish(t, paymentRegistered, {
    aggregateId: id,
    payload: {
      payment_id: id,
      order_id: order.id,
      amount: input.amount,
      currency: order.currency,
      method: input.method,
      paid,
      balance: after,
      order_paid: after === 0,
    },
  });
  if (after === 0) await settleManualIntent(t, order.id, id);
  return { row, balance: after, reviewReason };
}

/** A manual intent waiting on staff payments succeeds once they pay the order (one atomic update). */
async function settleManualIntent(t: TxContext, orderId: string, paymentId: string): Promise<void> {
  const settled = await markManualIntentSucceeded(t, orderId);
  if (settled) await publishIntent(t, intentSucceeded, settled, { payment_id: paymentId, review_reason: null });
}
