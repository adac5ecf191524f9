import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion, UnprocessableError } from '@nexova/kernel';
import { invoiceIssued } from '../contracts/events/billing-events.v1';
import type { Invoice } from '../contracts/invoice';
import { invoiceOut, itemsOf, mustLoadInvoice, replaceItems, updateInvoiceRow } from '../db/invoice-store';
import { nextInvoiceNumber } from '../db/settings-store';
import { paidStatus } from '../domain/invoice-status';
import { assertCan } from './invoice-conflict';
import { catalogPrice } from './price-items';
import { withTotals } from './with-totals';

export type IssueInvoiceInput = { invoiceId: string; expectedVersion?: number };

// Issues a draft: catalog-priced items take the EFFECTIVE catalog price of this moment, the tax rate is
// the workspace's now, and the invoice gets the workspace's next number — all fixed from here on.
// An invoice whose total is 0 is issued as paid. Publishes billing.invoice.issued in the same transaction.
export async function issueInvoice({ ctx, input }: { ctx: AppContext; input: IssueInvoiceInput }): Promise<Invoice> {
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadInvoice(t, input.invoiceId, true);
    assertExpectedVersion(row.version, input.expectedVersion, `Invoice ${row.id}`);
    assertCan(row, 'issue');
    const current = (await itemsOf(t, [row.id])).get(row.id) ?? [];
    if (current.length === 0)
      throw new UnprocessableError('An invoice needs at least one item to be issued.', {
        code: 'invoice_empty',
        errors: [{ pointer: '/lines', in: 'body', message: 'must have at least one line' }],
      });
    const repriced = [];
    for (const [i, item] of current.entries()) {
      if (!item.catalogEntryId) repriced.push(item);
      else {
        const field = item.kind === 'appointment' ? 'appointment_id' : 'catalog_entry_id';
        const { price } = await catalogPrice(t, i, field, item.catalogEntryId, row.currency);
        repriced.push({ ...item, unitPrice: price });
      }
    }
    const discount =
      row.discountKind && row.discountValue !== null
        ? { kind: row.discountKind as 'amount' | 'percent', value: row.discountValue }
        : null;
    const priced = await withTotals(t, repriced, discount);
    await replaceItems(t, row.id, priced.items);
    const number = await nextInvoiceNumber(t);
    const issuedAt = new Date();
    // Nothing owed (a free follow-up, a 100 % discount): issued straight as paid, never "awaiting 0".
    const updated = await updateInvoiceRow(t, row, {
      status: paidStatus(0, priced.totals.total),
      number,
      issuedAt,
      taxRateBp: priced.taxRateBp,
      ...priced.totals,
    });
    await publish(t, invoiceIssued, {
      aggregateId: row.id,
      payload: {
        invoice_id: row.id,
        number,
        patient_id: row.patientId,
        person_id: row.personId,
        currency: row.currency,
        total_minor: priced.totals.total,
        subtotal_minor: priced.totals.subtotal,
        discount_minor: priced.totals.discount,
        tax_minor: priced.totals.tax,
        items: priced.items.map((i) => ({
          description: i.description,
          catalog_entry_id: i.catalogEntryId,
          appointment_id: i.appointmentId,
          quantity: i.quantity,
          unit_price_minor: i.unitPrice,
          discount_minor: i.discount,
          tax_minor: i.tax,
          total_minor: i.total,
        })),
        issued_at: issuedAt.toISOString(),
        due_at: row.dueAt ? row.dueAt.toISOString() : null,
      },
    });
    return invoiceOut(t, updated);
  });
}
