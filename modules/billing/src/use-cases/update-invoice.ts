import { type AppContext, withTransaction } from '@nexova/db';
import { assertExpectedVersion } from '@nexova/kernel';
import type { DiscountInput, Invoice } from '../contracts/invoice';
import { invoiceOut, itemsOf, mustLoadInvoice, replaceItems, updateInvoiceRow } from '../db/invoice-store';
import { assertCan } from './invoice-conflict';
import { type ItemInput, priceItems } from './price-items';
import { withTotals } from './with-totals';

export type UpdateInvoiceInput = {
  invoiceId: string;
  /** Replaces every item (re-priced from the effective catalog). */
  items?: ItemInput[];
  discount?: DiscountInput | null;
  notes?: string | null;
  dueAt?: Date | null;
  expectedVersion?: number;
};

// Edits a draft (409 with the allowed actions once issued; 412 on a stale If-Match); totals recomputed.
export async function updateInvoice({ ctx, input }: { ctx: AppContext; input: UpdateInvoiceInput }): Promise<Invoice> {
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadInvoice(t, input.invoiceId, true);
    assertExpectedVersion(row.version, input.expectedVersion, `Invoice ${row.id}`);
    assertCan(row, 'edit');
    const party = { patientId: row.patientId, personId: row.personId, currency: row.currency };
    const items = input.items
      ? await priceItems(t, party, input.items)
      : ((await itemsOf(t, [row.id])).get(row.id) ?? []);
    const discount =
      input.discount !== undefined
        ? input.discount
        : row.discountKind && row.discountValue !== null
          ? { kind: row.discountKind as 'amount' | 'percent', value: row.discountValue }
          : null;
    const priced = await withTotals(t, items, discount);
    await replaceItems(t, row.id, priced.items);
    const updated = await updateInvoiceRow(t, row, {
      discountKind: discount?.kind ?? null,
      discountValue: discount?.value ?? null,
      taxRateBp: priced.taxRateBp,
      ...priced.totals,
      ...(input.notes !== undefined ? { notes: input.notes?.trim() || null } : {}),
      ...(input.dueAt !== undefined ? { dueAt: input.dueAt } : {}),
    });
    return invoiceOut(t, updated);
  });
}
