import { type EffectiveEntry, findEffectiveEntries } from '@nexova/clinical-catalogs';
import type { TxContext } from '@nexova/db';
import { type FieldError, ValidationError } from '@nexova/kernel';

// The agenda's references into the clinical catalogs (global ⊕ this workspace's overrides):
// professionals' specialties and the procedure a service sells. An id the workspace cannot see,
// or of another catalog, is refused naming the field (400), as unknown professionals are.

/** 400 naming each specialty id that is not a specialty this workspace sees. */
export async function checkSpecialties(t: TxContext, ids: string[]): Promise<void> {
  const found = await findEffectiveEntries({ ctx: t, input: { entryIds: ids, catalog: 'specialty' } });
  const errors = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ pointer: `/specialty_ids/${i}`, in: 'body' as const, message: `no specialty ${id}` }],
  );
  if (errors.length > 0) throw new ValidationError('The professional names unknown specialties.', errors);
}

/** The procedure a service sells, as the workspace sees it (its override's price and duration win). */
export async function procedureEntry(t: TxContext, id: string): Promise<EffectiveEntry> {
  const found = await findEffectiveEntries({ ctx: t, input: { entryIds: [id], catalog: 'procedure' } });
  const entry = found.get(id);
  if (!entry) {
    const message = `no procedure ${id} in the clinical catalog`;
    throw new ValidationError(message, [{ pointer: '/catalog_entry_id', in: 'body', message }]);
  }
  return entry;
}

const field = (pointer: string, message: string): FieldError => ({ pointer, in: 'body', message });

/**
 * A service's name, duration and price: what the request gives wins, then the catalog entry's
 * effective values (override first), else 400 naming the missing field.
 */
export function serviceTerms(
  input: { name?: string; durationMinutes?: number; price?: number | null; currency?: string | null },
  entry: EffectiveEntry | null,
) {
  const name = input.name ?? entry?.name;
  const durationMinutes = input.durationMinutes ?? entry?.duration_minutes ?? undefined;
  const errors: FieldError[] = [];
  if (!name) errors.push(field('/name', 'required (or a catalog_entry_id to take it from)'));
  if (!durationMinutes)
    errors.push(field('/duration_minutes', 'required: the catalog entry gives none (or none was named)'));
  const price = input.price !== undefined ? input.price : (entry?.price ?? null);
  const currency = price === null ? null : input.currency != null ? input.currency : (entry?.currency ?? null);
  if (price !== null && currency === null) errors.push(field('/currency', 'required with a price'));
  if (errors.length > 0) throw new ValidationError('The service lacks what the catalog cannot give.', errors);
  return { name: name as string, durationMinutes: durationMinutes as number, price, currency };
}
