import type { TxContext } from '@nexova/db';
import { kmsOf } from './bound';
import { blindIndex, openPersonal, openPersonalMany, type SealedItem, sealPersonal } from './person-data';
import { shredPersonKey } from './person-key';

/**
 * The keyring as modules use it inside a transaction, with the KMS bound to the context's database
 * (bound.ts): seal and open a person's fields, compute blind indexes, shred a person's key.
 */
export function personal(t: TxContext) {
  const kms = kmsOf(t);
  return {
    seal: (personId: string, field: string, value: string) => sealPersonal(t, kms, personId, field, value),
    /** Seals a value that may be absent (null stays null). */
    sealOptional: async (personId: string, field: string, value: string | null | undefined) =>
      value === null || value === undefined ? null : sealPersonal(t, kms, personId, field, value),
    open: (personId: string, field: string, stored: string | null) => openPersonal(t, kms, personId, field, stored),
    openMany: (items: SealedItem[]) => openPersonalMany(t, kms, items),
    index: (purpose: string, normalised: string) => blindIndex(t, kms, purpose, normalised),
    shred: (personId: string) => shredPersonKey(t, personId),
  };
}
