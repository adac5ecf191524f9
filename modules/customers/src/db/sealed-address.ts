import type { TxContext } from '@nexova/db';
import { personal } from '@nexova/privacy';

// An address's lines, city, postal code, recipient and phone locate or name a person: they are sealed
// with the person's data key (docs/PRIVACY.md). Label, region (state) and country stay in clear: they
// name no one and are what a shipping or region report groups by. Each value is bound to its address
// (the field names the address id), so a value copied to another address does not open.

/** The address columns sealed at rest. */
export const SEALED_ADDRESS_FIELDS = ['recipient', 'line1', 'line2', 'city', 'postalCode', 'phone'] as const;
type SealedField = (typeof SEALED_ADDRESS_FIELDS)[number];
type SealedValues = { [K in SealedField]: K extends 'line1' | 'city' ? string : string | null };

const fieldOf = (addressId: string, field: SealedField) => `address/${addressId}/${field}`;

/** The stored form of an address's personal fields, under its holder's key. */
export async function sealAddressFields(
  t: TxContext,
  personId: string,
  addressId: string,
  values: SealedValues,
): Promise<SealedValues> {
  const p = personal(t);
  const out = {} as Record<SealedField, string | null>;
  for (const f of SEALED_ADDRESS_FIELDS) out[f] = await p.sealOptional(personId, fieldOf(addressId, f), values[f]);
  return out as SealedValues;
}

/**
 * Address rows with their personal fields opened (one key query for the page). Rows written before
 * encryption are read as they are; an erased person's values (their rows are deleted too) open to ''.
 */
export async function openAddressRows<R extends SealedValues & { id: string; customerId: string }>(
  t: TxContext,
  rows: R[],
): Promise<R[]> {
  const n = SEALED_ADDRESS_FIELDS.length;
  const opened = await personal(t).openMany(
    rows.flatMap((r) =>
      SEALED_ADDRESS_FIELDS.map((f) => ({ personId: r.customerId, field: fieldOf(r.id, f), stored: r[f] })),
    ),
  );
  return rows.map((r, i) => {
    const clear = { ...r };
    SEALED_ADDRESS_FIELDS.forEach((f, j) => {
      const v = opened[i * n + j] ?? null;
      (clear as Record<SealedField, string | null>)[f] = v === null && (f === 'line1' || f === 'city') ? '' : v;
    });
    return clear;
  });
}
