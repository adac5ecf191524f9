import { deferred, type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import type { PaymentMethod } from '../contracts/payment';
import type { AccountRow, PaymentRow } from './payment-store';
import { payments } from './schema';

// The writes of the payments ledger: queries only; the decisions and events are the use-cases'.

export type NewPayment = {
  /** Exactly one of orderId / invoiceId (the payable). */
  orderId?: string | null;
  invoiceId?: string | null;
  amount: number;
  currency: string;
  method: PaymentMethod;
  reference: string | null;
  note: string | null;
};

/** Inserts a registered payment, recording who registered it (the context's actor). */
export async function insertPayment(t: TxContext, values: NewPayment): Promise<PaymentRow> {
  const [row] = await t.tx
    .insert(payments)
    .values({ ...values, id: newId(), workspaceId: workspaceOf(t), actorType: t.actor.type, actorId: t.actor.id })
    .returning();
  return row as PaymentRow;
}

/**
 * Sets the order's paid amount on its account row (the caller holds the row lock: lockAccount).
 * Nobody reads its answer: on PostgreSQL it rides with the transaction's next statement (deferred).
 */
export async function setAccountPaid(t: TxContext, account: AccountRow, paid: number): Promise<void> {
  await t.tx.execute(
    deferred(
      sql`update payments.order_accounts set paid = ${paid}, version = ${account.version + 1}, updated_at = now()
          where workspace_id = ${account.workspaceId}::uuid and order_id = ${account.orderId}::uuid`,
    ),
  );
}

export type PaymentStatus = 'registered' | 'refund_requested' | 'voided' | 'refunded';

/** Moves a payment to `status` (version + 1) with its reversal reason and refund lease (`submitAfter`). */
export async function setPaymentStatus(
  t: TxContext,
  payment: PaymentRow,
  status: PaymentStatus,
  reason: string | null,
  submitAfter: Date | null = null,
): Promise<PaymentRow> {
  const [row] = await t.tx
    .update(payments)
    .set({ status, reversalReason: reason, submitAfter, version: payment.version + 1, updatedAt: new Date() })
    .where(and(eq(payments.workspaceId, payment.workspaceId), eq(payments.id, payment.id)))
    .returning();
  return row as PaymentRow;
}
