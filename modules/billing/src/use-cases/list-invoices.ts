import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Invoice } from '../contracts/invoice';
import { itemsOf, toInvoice } from '../db/invoice-store';
import { invoices } from '../db/schema';
import type { InvoiceStatus } from '../domain/invoice-status';

export type ListInvoicesInput = {
  patientId?: string;
  status?: InvoiceStatus;
  createdFrom?: Date;
  createdTo?: Date;
  limit?: number;
  cursor?: string;
};

// Invoices newest first, filtered by patient, status and creation range [from, to); keyset paging.
export async function listInvoices({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListInvoicesInput;
}): Promise<Page<Invoice>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [
      eq(invoices.workspaceId, workspaceOf(t)),
      keysetAfterId(invoices.id, after, 'desc'),
    ];
    if (input.patientId) filters.push(eq(invoices.patientId, input.patientId));
    if (input.status) filters.push(eq(invoices.status, input.status));
    if (input.createdFrom) filters.push(gte(invoices.createdAt, input.createdFrom));
    if (input.createdTo) filters.push(lt(invoices.createdAt, input.createdTo));
    const rows = await t.tx
      .select()
      .from(invoices)
      .where(and(...filters))
      .orderBy(desc(invoices.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    const items = await itemsOf(
      t,
      page.items.map((r) => r.id),
    );
    return { ...page, items: page.items.map((r) => toInvoice(r, items.get(r.id) ?? [])) };
  });
}
