import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, inArray } from 'drizzle-orm';
import { newKey, open, seal } from './aead';
import { personKeys, workspaceKeys } from './db/schema';
import type { Kms } from './kms';
import type { KeyPurpose } from './purpose';
import { memoOf } from './tx-memo';
import { activeWorkspaceKey, unwrapWorkspaceKey } from './workspace-key';

export const personAad = (workspaceId: string, personId: string, purpose: string = 'personal') =>
  purpose === 'personal'
    ? `nexova/person-key/${workspaceId}/${personId}`
    : `nexova/person-key/${workspaceId}/${personId}/${purpose}`;

const memoKey = (purpose: KeyPurpose, personId: string) => `${purpose}/${personId}`;

/**
 * The data keys of these people (null: erased, or no key yet) in one query — the person key joined
 * with the workspace key version that wraps it — so a page of 50 people costs one round trip.
 */
export async function personKeysOf(
  t: TxContext,
  kms: Kms,
  personIds: string[],
  purpose: KeyPurpose = 'personal',
): Promise<Map<string, Buffer | null>> {
  const memo = memoOf(t);
  const missing = [...new Set(personIds)].filter((id) => !memo.people.has(memoKey(purpose, id)));
  if (missing.length > 0) {
    const ws = workspaceOf(t);
    const rows = await t.tx
      .select({
        personId: personKeys.personId,
        wrapped: personKeys.wrappedKey,
        version: workspaceKeys.version,
        wrappedKey: workspaceKeys.wrappedKey,
        wrappedIndexKey: workspaceKeys.wrappedIndexKey,
      })
      .from(personKeys)
      .leftJoin(
        workspaceKeys,
        and(
          eq(workspaceKeys.workspaceId, personKeys.workspaceId),
          eq(workspaceKeys.version, personKeys.workspaceKeyVersion),
        ),
      )
      .where(
        and(eq(personKeys.workspaceId, ws), eq(personKeys.purpose, purpose), inArray(personKeys.personId, missing)),
      );
    for (const id of missing) memo.people.set(memoKey(purpose, id), null);
    for (const r of rows) {
      if (!r.wrapped) continue;
      if (r.version === null || !r.wrappedKey || !r.wrappedIndexKey)
        throw new Error(`the workspace key wrapping person ${r.personId}'s key is missing`);
      const wk = await unwrapWorkspaceKey(kms, {
        workspaceId: ws,
        ...r,
        version: r.version,
        wrappedKey: r.wrappedKey,
        wrappedIndexKey: r.wrappedIndexKey,
      });
      memo.people.set(memoKey(purpose, r.personId), open(wk.key, r.wrapped, personAad(ws, r.personId, purpose)));
    }
  }
  return new Map(personIds.map((id) => [id, memo.people.get(memoKey(purpose, id)) ?? null]));
}

/** The person's data key: null once erased; created on first use unless `create` is false. */
export async function personKey(
  t: TxContext,
  kms: Kms,
  personId: string,
  create = true,
  purpose: KeyPurpose = 'personal',
): Promise<Buffer | null> {
  const existing = (await personKeysOf(t, kms, [personId], purpose)).get(personId) ?? null;
  if (existing || !create) return existing;
  const ws = workspaceOf(t);
  const wk = await activeWorkspaceKey(t, kms);
  const key = newKey();
  const [created] = await t.tx
    .insert(personKeys)
    .values({
      workspaceId: ws,
      personId,
      purpose,
      workspaceKeyVersion: wk.version,
      wrappedKey: seal(wk.key, key, personAad(ws, personId, purpose), 'p1'),
    })
    .onConflictDoNothing()
    .returning({ personId: personKeys.personId });
  const memo = memoOf(t);
  if (created) {
    memo.people.set(memoKey(purpose, personId), key);
    return key;
  }
  // A concurrent writer created it first, or the key was shredded (a shredded row has no key).
  memo.people.delete(memoKey(purpose, personId));
  return (await personKeysOf(t, kms, [personId], purpose)).get(personId) ?? null;
}

/**
 * Crypto-shredding: forgets the person's data key for good, so every value sealed with it (in any
 * module, backup or replica) stays unreadable. Idempotent; a shredded person never gets a new key.
 */
export async function shredPersonKey(t: TxContext, personId: string, purpose: KeyPurpose = 'personal'): Promise<void> {
  const ws = workspaceOf(t);
  await t.tx
    .insert(personKeys)
    .values({ workspaceId: ws, personId, purpose, workspaceKeyVersion: 0, wrappedKey: null, shreddedAt: new Date() })
    .onConflictDoUpdate({
      target: [personKeys.workspaceId, personKeys.personId, personKeys.purpose],
      set: { wrappedKey: null, shreddedAt: new Date() },
    });
  memoOf(t).people.set(memoKey(purpose, personId), null);
}
