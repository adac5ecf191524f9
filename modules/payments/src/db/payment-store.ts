import { queryRows, type TxContext, workspaceOf } from '@nexova/db';
import { ConflictError, NotFoundError } from '@nexova/kernel';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { attachments, orderAccounts, payments } from './schema';

export type PaymentRow = typeof payments.$inferSelect;
export type AttachmentRow = typeof attachments.$inferSelect;
export type AccountRow = typeof orderAccounts.$inferSelect;

/** The order a payment pays; 409 for a payment of an invoice (billing reverses those, under its invoice lock). */
export function orderOf(payment: PaymentRow): string {
  if (payment.orderId) return payment.orderId;
  throw new ConflictError(
    `Payment ${payment.id} pays invoice ${payment.invoiceId}; reverse it through /invoices/${payment.invoiceId}/payments/${payment.id}/void.`,
    { code: 'payment_pays_invoice', extensions: { invoice_id: payment.invoiceId } },
  );
}

/** A payment of this workspace or 404; `lock` takes its row lock. */
export async function mustLoadPayment(t: TxContext, id: string, lock = false): Promise<PaymentRow> {
  const q = t.tx
    .select()
    .from(payments)
    .where(and(eq(payments.workspaceId, workspaceOf(t)), eq(payments.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new NotFoundError(`Payment ${id} was not found.`, { code: 'payment_not_found' });
  return row;
}

type AccountRecord = {
  order_id: string;
  workspace_id: string;
  paid: number | string;
  version: number;
  updated_at: Date | string;
};

/**
 * Creates the order's account row if needed and locks it: every money change of one order waits here,
 * so the paid amount read next is the committed truth (no overpay under concurrency). One statement:
 * the insert, or else the existing row taken FOR UPDATE. A row another transaction created after
 * this statement's snapshot is invisible to it: then (rarely) a second statement locks it.
 */
export async function lockAccount(t: TxContext, orderId: string): Promise<AccountRow> {
  const ws = workspaceOf(t);
  const [first] = await queryRows<AccountRecord>(
    t.tx,
    sql`with created as (
  insert into payments.order_accounts (order_id, workspace_id) values (${orderId}, ${ws})
  on conflict do nothing
  returning order_id, workspace_id, paid, version, updated_at
), existing as (
  select order_id, workspace_id, paid, version, updated_at from payments.order_accounts
  where workspace_id = ${ws} and order_id = ${orderId} for update
)
select * from created union all select * from existing`,
  );
  const row =
    first ??
    (
      await t.tx
        .select()
        .from(orderAccounts)
        .where(and(eq(orderAccounts.workspaceId, ws), eq(orderAccounts.orderId, orderId)))
        .for('update')
    )[0];
  if (!row) throw new NotFoundError(`Order ${orderId} was not found.`, { code: 'order_not_found' });
  return 'order_id' in row ? fromRecord(row) : row;
}

const fromRecord = (r: AccountRecord): AccountRow => ({
  orderId: r.order_id,
  workspaceId: r.workspace_id,
  paid: Number(r.paid),
  version: Number(r.version),
  updatedAt: new Date(r.updated_at),
});

export async function paidOf(t: TxContext, orderId: string): Promise<number> {
  const [row] = await t.tx
    .select({ paid: orderAccounts.paid })
    .from(orderAccounts)
    .where(and(eq(orderAccounts.workspaceId, workspaceOf(t)), eq(orderAccounts.orderId, orderId)));
  return row?.paid ?? 0;
}

export async function attachmentsOf(t: TxContext, paymentIds: string[]): Promise<Map<string, AttachmentRow[]>> {
  const grouped = new Map<string, AttachmentRow[]>(paymentIds.map((id) => [id, []]));
  if (paymentIds.length === 0) return grouped;
  const rows = await t.tx
    .select()
    .from(attachments)
    .where(and(eq(attachments.workspaceId, workspaceOf(t)), inArray(attachments.paymentId, paymentIds)))
    .orderBy(asc(attachments.id));
  for (const a of rows) grouped.get(a.paymentId)?.push(a);
  return grouped;
}
