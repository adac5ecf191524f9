import { getPatient } from '@nexova/clinic';
import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { isAppError, newId, UnprocessableError } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { DiscountInput, Invoice } from '../contracts/invoice';
import { invoiceOut, replaceItems } from '../db/invoice-store';
import { invoices } from '../db/schema';
import { type ItemInput, priceItems } from './price-items';
import { withTotals } from './with-totals';

export type CreateInvoiceInput = {
  patientId: string;
  items: ItemInput[];
  discount?: DiscountInput | null;
  notes?: string | null;
  dueAt?: Date | null;
};

const patientInvalid = (message: string) =>
  new UnprocessableError(`patient_id ${message}.`, {
    code: 'invoice_patient_invalid',
    errors: [{ pointer: '/patient_id', in: 'body', message }],
  });

/** The patient an invoice is for (422 naming patient_id when unknown here or merged into another). */
export async function invoicePatient(ctx: AppContext, patientId: string) {
  try {
    const patient = await getPatient({ ctx, input: { patientId } });
    if (patient.status !== 'active') throw patientInvalid(`was merged into ${patient.merged_into}`);
    return patient;
  } catch (error) {
    if (isAppError(error) && error.status === 404) throw patientInvalid('was not found');
    throw error;
  }
}

// Opens a draft invoice for a patient, in the workspace's default currency; items priced from the
// effective catalog now (shown on the draft) and again at issue, when prices are fixed.
export async function createInvoice({ ctx, input }: { ctx: AppContext; input: CreateInvoiceInput }): Promise<Invoice> {
  return withTransaction(ctx, async (t) => {
    const patient = await invoicePatient(t, input.patientId);
    const { default_currency: currency } = await getWorkspaceSettings({ ctx: t });
    const party = { patientId: patient.id, personId: patient.person_id, currency };
    const discount = input.discount ?? null;
    const priced = await withTotals(t, await priceItems(t, party, input.items), discount);
    const id = newId();
    const [row] = await t.tx
      .insert(invoices)
      .values({
        id,
        workspaceId: workspaceOf(t),
        patientId: patient.id,
        personId: patient.person_id,
        currency,
        discountKind: discount?.kind ?? null,
        discountValue: discount?.value ?? null,
        taxRateBp: priced.taxRateBp,
        ...priced.totals,
        notes: input.notes?.trim() || null,
        dueAt: input.dueAt ?? null,
      })
      .returning();
    await replaceItems(t, id, priced.items);
    return invoiceOut(t, row as NonNullable<typeof row>);
  });
}
