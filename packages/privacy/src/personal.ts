import type { TxContext } from '@nexova/db';
import { kmsOf } from './bound';
import { blindIndex, openPersonal, openPersonalMany, type SealedItem, sealPersonal } from './person-data';
import { shredPersonKey } from './person-key';
import type { KeyPurpose } from './purpose';

/**
 * The keyring as modules use it inside a transaction, with the KMS bound to the context's database
 * (bound.ts): seal and open a person's fields under the key of `purpose` (`personal` by default,
 * `health` for clinical data), compute blind indexes, shred that key.
 */
export function personal(t: TxContext, purpose: KeyPurpose = 'personal') {
  const kms = kmsOf(t);
  return {
    seal: (personId: string, field: string, value: string) => sealPersonal(t, kms, personId, field, value, purpose),
    /** Seals a value that may be absent (null stays null). */
    sealOptional: async (personId: string, field: string, value: string | null | undefined) =>
      value === null || value === undefined ? null : sealPersonal(t, kms, personId, field, value, purpose),
    open: (personId: string, field: string, stored: string | null) =>
      openPersonal(t, kms, personId, field, stored, purpose),
    openMany: (items: SealedItem[]) => openPersonalMany(t, kms, items, purpose),
    index: (indexPurpose: string, normalised: string) => blindIndex(t, kms, indexPurpose, normalised),
    shred: (personId: string) => shredPersonKey(t, personId, purpose),
  };
}
