import { type AppContext, type TxContext, withTransaction } from '@nexova/db';
import { AppError } from '@nexova/kernel';
import type Stripe from 'stripe';
import type { PaymentsRuntime } from './runtime';
import { fromStripeError, requireStripe } from './stripe-errors';

// The one way Nexova calls Stripe (issue 9 §6): the request was recorded and committed before (a
// row in a `*_requested` status, whose Stripe idempotency key is fixed); here it is claimed in a
// short transaction that sets its lease (`submit_after`), Stripe is called with NO transaction
// open, and the outcome is recorded in a new transaction. A crash or a timeout between the call and
// the record leaves the row requested: the next run after the lease sends the same key, and Stripe
// answers as the first time (one PaymentIntent, one cancel, one refund).

/** A row waiting for Stripe: due when its status is the asked one and its lease (if any) is over. */
export const isDue = (row: { status: string; submitAfter: Date | null } | null, status: string, now: Date) =>
  row?.status === status && (!row.submitAfter || row.submitAfter <= now);

export type LeasedCall<Row, Answer, Out> = {
  /** Locks the row, checks isDue and sets submitAfter = leaseUntil; null when nothing is due. */
  claim(t: TxContext, leaseUntil: Date): Promise<Row | null>;
  /** The Stripe request itself, with the row's deterministic idempotency key. */
  call(stripe: Stripe, row: Row): Promise<Answer>;
  /** Records what Stripe answered (re-reads and re-checks the row: it may have moved meanwhile). */
  record(t: TxContext, row: Row, answer: Answer): Promise<Out>;
  /** Stripe refused the request itself (4xx: retrying cannot help); without it the refusal is thrown. */
  refuse?(t: TxContext, row: Row, refusal: AppError): Promise<Out>;
};

export type LeasedOutcome<Out> = { done: true; value: Out } | { done: false; value: Out; refusal: AppError } | null;

/**
 * Runs one leased Stripe request; null when there was nothing to send (another worker holds it, or
 * it moved on). Stripe unreachable or failing (5xx) is thrown and the row stays requested until its
 * lease ends. Must be called outside any transaction.
 */
export async function callStripeLeased<Row, Answer, Out>(
  ctx: AppContext,
  runtime: PaymentsRuntime,
  now: Date,
  steps: LeasedCall<Row, Answer, Out>,
): Promise<LeasedOutcome<Out>> {
  if (ctx.tx) throw new Error('Stripe is called outside any transaction: commit the request first.');
  const stripe = requireStripe(runtime.stripe);
  const row = await withTransaction(ctx, (t) => steps.claim(t, new Date(now.getTime() + runtime.submitLeaseMs)));
  if (!row) return null;
  let answer: Answer;
  try {
    answer = await steps.call(stripe, row);
  } catch (error) {
    const mapped = fromStripeError(error);
    if (!(mapped instanceof AppError) || mapped.status >= 500 || !steps.refuse) throw mapped;
    const refuse = steps.refuse;
    return { done: false, value: await withTransaction(ctx, (t) => refuse(t, row, mapped)), refusal: mapped };
  }
  return { done: true, value: await withTransaction(ctx, (t) => steps.record(t, row, answer)) };
}
