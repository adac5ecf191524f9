import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Invoice, InvoiceItem } from '../contracts/invoice';
import { allowedActions, type InvoiceStatus } from '../domain/invoice-status';
import { invoiceItems, invoices } from './schema';

// Billing's reads and writes of invoices: queries only; decisions and events are the use-cases'.

export type InvoiceRow = typeof invoices.$inferSelect;
export type ItemRow = typeof invoiceItems.$inferSelect;
export type NewItem = Omit<ItemRow, 'id' | 'workspaceId' | 'invoiceId' | 'position'>;

export const invoiceNotFound = (id: string) =>
  new NotFoundError(`Invoice ${id} was not found.`, { code: 'invoice_not_found' });

/** An invoice of this workspace or 404; `lock` takes its row lock (every change of one invoice waits on it). */
export async function mustLoadInvoice(t: TxContext, id: string, lock = false): Promise<InvoiceRow> {
  const q = t.tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.workspaceId, workspaceOf(t)), eq(invoices.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw invoiceNotFound(id);
  return row;
}

export async function itemsOf(t: TxContext, invoiceIds: string[]): Promise<Map<string, ItemRow[]>> {
  const grouped = new Map<string, ItemRow[]>(invoiceIds.map((id) => [id, []]));
  if (invoiceIds.length === 0) return grouped;
  const rows = await t.tx
    .select()
    .from(invoiceItems)
    .where(and(eq(invoiceItems.workspaceId, workspaceOf(t)), inArray(invoiceItems.invoiceId, invoiceIds)))
    .orderBy(asc(invoiceItems.invoiceId), asc(invoiceItems.position));
  for (const r of rows) grouped.get(r.invoiceId)?.push(r);
  return grouped;
}

/** Replaces an invoice's items whole (drafts, and the re-pricing at issue). */
export async function replaceItems(t: TxContext, invoiceId: string, items: (NewItem & { id: string })[]) {
  const ws = workspaceOf(t);
  await t.tx.delete(invoiceItems).where(and(eq(invoiceItems.workspaceId, ws), eq(invoiceItems.invoiceId, invoiceId)));
  if (items.length === 0) return;
  await t.tx
    .insert(invoiceItems)
    .values(items.map((it, position) => ({ ...it, workspaceId: ws, invoiceId, position })));
}

/** Writes an invoice's changed columns, version + 1. */
export async function updateInvoiceRow(
  t: TxContext,
  row: InvoiceRow,
  values: Partial<Omit<InvoiceRow, 'id' | 'workspaceId' | 'version'>>,
): Promise<InvoiceRow> {
  const [updated] = await t.tx
    .update(invoices)
    .set({ ...values, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(invoices.workspaceId, row.workspaceId), eq(invoices.id, row.id)))
    .returning();
  return updated as InvoiceRow;
}

const discountOf = (kind: string | null, value: number | null) =>
  kind && value !== null ? { kind: kind as 'amount' | 'percent', value } : null;

const toItem = (i: ItemRow): InvoiceItem => ({
  id: i.id,
  kind: i.kind as InvoiceItem['kind'],
  catalog_entry_id: i.catalogEntryId,
  appointment_id: i.appointmentId,
  description: i.description,
  quantity: i.quantity,
  unit_price: i.unitPrice,
  discount: discountOf(i.discountKind, i.discountValue),
  discount_total: i.discount,
  tax: i.tax,
  total: i.total,
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toInvoice(r: InvoiceRow, items: ItemRow[]): Invoice {
  const status = r.status as InvoiceStatus;
  const open = status === 'issued' || status === 'partially_paid' || status === 'paid';
  return {
    id: r.id,
    number: r.number,
    status,
    allowed_actions: allowedActions(status),
    patient_id: r.patientId,
    person_id: r.personId,
    currency: r.currency,
    lines: items.map(toItem),
    discount: discountOf(r.discountKind, r.discountValue),
    tax_rate_bp: r.taxRateBp,
    subtotal: r.subtotal,
    discount_total: r.discount,
    tax_total: r.tax,
    total: r.total,
    paid: r.paid,
    balance: open ? r.total - r.paid : 0,
    notes: r.notes,
    due_at: iso(r.dueAt),
    issued_at: iso(r.issuedAt),
    voided_at: iso(r.voidedAt),
    void_reason: r.voidReason,
    voided_by: r.voidedBy,
    version: r.version,
    created_at: r.createdAt.toISOString(),
    updated_at: r.updatedAt.toISOString(),
  };
}

export async function invoiceOut(t: TxContext, row: InvoiceRow): Promise<Invoice> {
  return toInvoice(row, (await itemsOf(t, [row.id])).get(row.id) ?? []);
}
