import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page } from '@nexova/http';
import { and, asc, eq } from 'drizzle-orm';
import type { Payment } from '../contracts/payment';
import { payments } from '../db/schema';
import { paymentsPage, type ReceiptFiles } from './payment-view';

export type ListInvoicePaymentsInput = { invoiceId: string; limit?: number; cursor?: string; files?: ReceiptFiles };

// An invoice's payments (reversed ones included), oldest first, keyset-paged, with their receipts when
// a signer is given. The caller (billing) has already answered 404 for an invoice it does not know.
export async function listInvoicePayments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListInvoicePaymentsInput;
}): Promise<Page<Payment>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.workspaceId, workspaceOf(t)),
          eq(payments.invoiceId, input.invoiceId),
          keysetAfterId(payments.id, after),
        ),
      )
      .orderBy(asc(payments.id))
      .limit(limit + 1);
    return paymentsPage(t, rows, limit, input.files?.signer);
  });
}
