import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { workspaceOf } from '../db/payment-store';
import { paymentIntents } from '../db/schema';
import { submitPaymentIntent } from './submit-payment-intent';

export type SubmitRequestedPaymentsInput = { now?: Date; batch?: number; maxWorkspaces?: number };

// The workers' entry point (PAYMENTS_SUBMIT_INTERVAL_MS): finds every workspace with Stripe requests
// due (a SECURITY DEFINER function that reveals only ids) and sends each under its own RLS context,
// outside any transaction. Safe on many workers: each request is leased before it is sent.
export async function submitRequestedPayments({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: SubmitRequestedPaymentsInput;
}): Promise<{ submitted: number; failed: number; errors: unknown[] }> {
  const now = input.now ?? new Date();
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from payments.workspaces_with_requested_intents(${now.toISOString()}::timestamptz, ${input.maxWorkspaces ?? 1000}) as id`,
  );
  const result = { submitted: 0, failed: 0, errors: [] as unknown[] };
  for (const { id } of due) {
    const scoped = { ...ctx, workspaceId: id, tx: undefined };
    const orderIds = await withTransaction(scoped, (t) =>
      t.tx
        .select({ orderId: paymentIntents.orderId })
        .from(paymentIntents)
        .where(
          and(
            eq(paymentIntents.workspaceId, workspaceOf(t)),
            eq(paymentIntents.status, 'requested'),
            or(isNull(paymentIntents.submitAfter), lte(paymentIntents.submitAfter, now)),
          ),
        )
        .orderBy(asc(paymentIntents.createdAt))
        .limit(input.batch ?? 50),
    );
    for (const { orderId } of orderIds) {
      try {
        if (await submitPaymentIntent({ ctx: scoped, input: { orderId, now } })) result.submitted++;
      } catch (error) {
        result.failed++;
        result.errors.push(error);
      }
    }
  }
  return result;
}
