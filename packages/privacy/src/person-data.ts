import { createHmac, hkdfSync } from 'node:crypto';
import { type TxContext, workspaceOf } from '@nexova/db';
import { open, seal } from './aead';
import type { Kms } from './kms';
import { personKey, personKeysOf } from './person-key';
import type { KeyPurpose } from './purpose';
import { activeWorkspaceKey } from './workspace-key';

/** Prefix of a personal value sealed with a person's data key. */
export const PERSON_SEALED_PREFIX = 'pd1';

export const isPersonSealed = (stored: string | null | undefined) => !!stored?.startsWith(`${PERSON_SEALED_PREFIX}.`);

const fieldAad = (workspaceId: string, personId: string, field: string) =>
  `nexova/pd/${workspaceId}/${personId}/${field}`;

/** Seals a personal value (a phone, an e-mail, a document number) with the person's data key. */
export async function sealPersonal(
  t: TxContext,
  kms: Kms,
  personId: string,
  field: string,
  value: string,
  purpose: KeyPurpose = 'personal',
): Promise<string> {
  const key = await personKey(t, kms, personId, true, purpose);
  if (!key) throw new Error(`Person ${personId}'s ${purpose} key was shredded: nothing of theirs can be stored.`);
  return seal(key, Buffer.from(value, 'utf8'), fieldAad(workspaceOf(t), personId, field), PERSON_SEALED_PREFIX);
}

/**
 * Opens a sealed personal value; null when the person was erased (the key is gone). A value not in
 * the sealed form (rows written before encryption, until the backfill reaches them) is returned as is.
 */
export async function openPersonal(
  t: TxContext,
  kms: Kms,
  personId: string,
  field: string,
  stored: string | null,
  purpose: KeyPurpose = 'personal',
): Promise<string | null> {
  if (stored === null || !isPersonSealed(stored)) return stored;
  const key = await personKey(t, kms, personId, false, purpose);
  if (!key) return null;
  return open(key, stored, fieldAad(workspaceOf(t), personId, field)).toString('utf8');
}

export type SealedItem = { personId: string; field: string; stored: string | null };

/** Opens many sealed values (a page of people) with one key query; same rules as openPersonal. */
export async function openPersonalMany(
  t: TxContext,
  kms: Kms,
  items: SealedItem[],
  purpose: KeyPurpose = 'personal',
): Promise<(string | null)[]> {
  const sealed = items.filter((i) => isPersonSealed(i.stored));
  const keys = await personKeysOf(
    t,
    kms,
    sealed.map((i) => i.personId),
    purpose,
  );
  return items.map((i) => {
    if (i.stored === null || !isPersonSealed(i.stored)) return i.stored;
    const key = keys.get(i.personId);
    return key ? open(key, i.stored, fieldAad(workspaceOf(t), i.personId, i.field)).toString('utf8') : null;
  });
}

/**
 * Blind index: HMAC-SHA256 of a normalised value under a per-workspace, per-purpose key, so equality
 * lookups (find by phone, by document) never need the clear value in the database. The same value
 * in two workspaces, or for two purposes, gives unrelated indexes.
 */
export async function blindIndex(t: TxContext, kms: Kms, purpose: string, normalised: string): Promise<string> {
  const wk = await activeWorkspaceKey(t, kms);
  const key = Buffer.from(hkdfSync('sha256', wk.indexKey, workspaceOf(t), `blind-index/${purpose}`, 32));
  return `bi1_${createHmac('sha256', key).update(normalised, 'utf8').digest('base64url')}`;
}
