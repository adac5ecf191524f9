import { type AppContext, withTransaction } from '@nexova/db';
import type { Invoice } from '../contracts/invoice';
import { invoiceOut, mustLoadInvoice } from '../db/invoice-store';

export type GetInvoiceInput = { invoiceId: string };

// One invoice with its items (404 when missing or another workspace's).
export async function getInvoice({ ctx, input }: { ctx: AppContext; input: GetInvoiceInput }): Promise<Invoice> {
  return withTransaction(ctx, async (t) => invoiceOut(t, await mustLoadInvoice(t, input.invoiceId)));
}
