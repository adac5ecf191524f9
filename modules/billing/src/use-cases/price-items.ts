import { getAppointment, getService } from '@nexova/agenda';
import { getEffectiveEntry } from '@nexova/clinical-catalogs';
import type { TxContext } from '@nexova/db';
import { isAppError, newId, UnprocessableError } from '@nexova/kernel';
import type { DiscountInput } from '../contracts/invoice';
import type { NewItem } from '../db/invoice-store';

// Private to billing's use-cases: turns item inputs into priced item rows. A catalog item (or an
// appointment's service's catalog entry) takes its price from the EFFECTIVE catalog (global ⊕ the
// workspace's override) in the invoice's currency; a free-text item carries its own price.

export type ItemInput = {
  catalogEntryId?: string | null;
  appointmentId?: string | null;
  description?: string | null;
  unitPrice?: number | null;
  quantity: number;
  discount?: DiscountInput | null;
};

export type InvoiceParty = { patientId: string; personId: string; currency: string };

const invalid = (index: number, field: string, message: string, code = 'invoice_item_invalid') =>
  new UnprocessableError(`Line ${index}: ${field} ${message}.`, {
    code,
    errors: [{ pointer: `/lines/${index}/${field}`, in: 'body', message }],
  });

/** A referenced id another module answers 404 for becomes a 422 naming the field. */
async function orInvalid<T>(index: number, field: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.status === 404) throw invalid(index, field, 'was not found');
    throw error;
  }
}

/** The effective catalog price of an entry in the invoice's currency; 422 naming the field otherwise. */
export async function catalogPrice(t: TxContext, index: number, field: string, entryId: string, currency: string) {
  const entry = await orInvalid(index, field, () => getEffectiveEntry({ ctx: t, input: { entryId } }));
  if (entry.price === null) throw invalid(index, field, 'has no price in the catalog', 'invoice_item_unpriced');
  if (entry.currency !== null && entry.currency !== currency)
    throw invalid(
      index,
      field,
      `is priced in ${entry.currency}, the invoice in ${currency}`,
      'invoice_currency_mismatch',
    );
  return { price: entry.price, name: entry.name };
}

async function priceOne(t: TxContext, party: InvoiceParty, input: ItemInput, i: number): Promise<NewItem> {
  const common = {
    quantity: input.quantity,
    discountKind: input.discount?.kind ?? null,
    discountValue: input.discount?.value ?? null,
    discount: 0,
    tax: 0,
    total: 0,
  };
  if (input.appointmentId) {
    const appointmentId = input.appointmentId;
    const appt = await orInvalid(i, 'appointment_id', () => getAppointment({ ctx: t, input: { appointmentId } }));
    if (appt.patient_id !== party.patientId && appt.patient_id !== party.personId)
      throw invalid(i, 'appointment_id', "is another patient's appointment");
    const service = await getService({ ctx: t, input: { serviceId: appt.service_id } });
    if (!service.catalog_entry_id)
      throw invalid(i, 'appointment_id', 'is for a service with no catalog entry (no price)', 'invoice_item_unpriced');
    const { price } = await catalogPrice(t, i, 'appointment_id', service.catalog_entry_id, party.currency);
    const description = input.description?.trim() || service.name;
    return {
      ...common,
      kind: 'appointment',
      catalogEntryId: service.catalog_entry_id,
      appointmentId,
      description,
      unitPrice: price,
    };
  }
  if (input.catalogEntryId) {
    const { price, name } = await catalogPrice(t, i, 'catalog_entry_id', input.catalogEntryId, party.currency);
    const description = input.description?.trim() || name;
    return {
      ...common,
      kind: 'catalog',
      catalogEntryId: input.catalogEntryId,
      appointmentId: null,
      description,
      unitPrice: price,
    };
  }
  if (!input.description?.trim()) throw invalid(i, 'description', 'is required for a free-text item');
  if (input.unitPrice === undefined || input.unitPrice === null)
    throw invalid(i, 'unit_price', 'is required for a free-text item');
  return {
    ...common,
    kind: 'free',
    catalogEntryId: null,
    appointmentId: null,
    description: input.description.trim(),
    unitPrice: input.unitPrice,
  };
}

export async function priceItems(t: TxContext, party: InvoiceParty, inputs: ItemInput[]) {
  const out: (NewItem & { id: string })[] = [];
  for (const [i, input] of inputs.entries()) out.push({ id: newId(), ...(await priceOne(t, party, input, i)) });
  return out;
}
