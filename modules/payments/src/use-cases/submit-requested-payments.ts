import { type AppContext, queryRows, withTransaction, workspaceOf } from '@nexova/db';
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { paymentIntents, payments } from '../db/schema';
import type { PaymentsRuntime } from '../providers/runtime';
import { submitIntentCancel } from './submit-intent-cancel';
import { submitPaymentIntent } from './submit-payment-intent';
import { submitPaymentRefund } from './submit-payment-refund';

export type SubmitRequestedPaymentsInput = { now?: Date; batch?: number; maxWorkspaces?: number };

type Job = () => Promise<unknown>;

// The workers' entry point (PAYMENTS_SUBMIT_INTERVAL_MS): finds every workspace with Stripe requests
// due — PaymentIntents to create (`requested`), to cancel (`cancel_requested`), payments to refund
// (`refund_requested`) — through a SECURITY DEFINER function that reveals only ids, and sends each
// under its own RLS context, outside any transaction. Safe on many workers: each is leased first.
export async function submitRequestedPayments({
  ctx,
  input = {},
  runtime,
}: {
  ctx: AppContext;
  input?: SubmitRequestedPaymentsInput;
  /** The payment providers, created once per app by the composition (createPaymentsRuntime). */
  runtime: PaymentsRuntime;
}): Promise<{ submitted: number; failed: number; errors: unknown[] }> {
  const now = input.now ?? new Date();
  const batch = input.batch ?? 50;
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from payments.workspaces_with_requested_intents(${now.toISOString()}::timestamptz, ${input.maxWorkspaces ?? 1000}) as id`,
  );
  const result = { submitted: 0, failed: 0, errors: [] as unknown[] };
  for (const { id } of due) {
    const scoped = { ...ctx, workspaceId: id, tx: undefined };
    const jobs = await withTransaction(scoped, async (t): Promise<Job[]> => {
      const intents = await t.tx
        .select({ orderId: paymentIntents.orderId, status: paymentIntents.status })
        .from(paymentIntents)
        .where(
          and(
            eq(paymentIntents.workspaceId, workspaceOf(t)),
            inArray(paymentIntents.status, ['requested', 'cancel_requested']),
            or(isNull(paymentIntents.submitAfter), lte(paymentIntents.submitAfter, now)),
          ),
        )
        .orderBy(asc(paymentIntents.updatedAt))
        .limit(batch);
      const refunds = await t.tx
        .select({ id: payments.id })
        .from(payments)
        .where(
          and(
            eq(payments.workspaceId, workspaceOf(t)),
            eq(payments.status, 'refund_requested'),
            or(isNull(payments.submitAfter), lte(payments.submitAfter, now)),
          ),
        )
        .orderBy(asc(payments.updatedAt))
        .limit(batch);
      return [
        ...intents.map(({ orderId, status }) =>
          status === 'requested'
            ? () => submitPaymentIntent({ ctx: scoped, input: { orderId, now }, runtime })
            : () => submitIntentCancel({ ctx: scoped, input: { orderId, now }, runtime }),
        ),
        ...refunds.map(
          ({ id: paymentId }) =>
            () =>
              submitPaymentRefund({ ctx: scoped, input: { paymentId, now }, runtime }),
        ),
      ];
    });
    for (const job of jobs) {
      try {
        if (await job()) result.submitted++;
      } catch (error) {
        result.failed++;
        result.errors.push(error);
      }
    }
  }
  return result;
}
