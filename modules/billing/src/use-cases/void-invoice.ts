import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion } from '@nexova/kernel';
import { invoiceVoided } from '../contracts/events/billing-events.v1';
import type { Invoice } from '../contracts/invoice';
import { invoiceOut, mustLoadInvoice, updateInvoiceRow } from '../db/invoice-store';
import { assertCan } from './invoice-conflict';

export type VoidInvoiceInput = { invoiceId: string; reason: string; expectedVersion?: number };

// Voids an issued or partially paid invoice with the reason and who (409 with the allowed actions
// otherwise: a paid invoice is not voided — reverse its payments first). Its balance stops counting;
// payments already registered stay until reversed. Publishes billing.invoice.voided in the same transaction.
export async function voidInvoice({ ctx, input }: { ctx: AppContext; input: VoidInvoiceInput }): Promise<Invoice> {
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadInvoice(t, input.invoiceId, true);
    assertExpectedVersion(row.version, input.expectedVersion, `Invoice ${row.id}`);
    assertCan(row, 'void');
    const voidedAt = new Date();
    const voidedBy = t.actor.id ?? null;
    const reason = input.reason.trim();
    const updated = await updateInvoiceRow(t, row, { status: 'void', voidedAt, voidReason: reason, voidedBy });
    await publish(t, invoiceVoided, {
      aggregateId: row.id,
      payload: {
        invoice_id: row.id,
        number: row.number ?? 0,
        patient_id: row.patientId,
        person_id: row.personId,
        currency: row.currency,
        total_minor: row.total,
        reason,
        voided_by: voidedBy,
        voided_at: voidedAt.toISOString(),
      },
    });
    return invoiceOut(t, updated);
  });
}
