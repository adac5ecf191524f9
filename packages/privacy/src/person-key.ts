import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, inArray } from 'drizzle-orm';
import { newKey, open, seal } from './aead';
import { personKeys, workspaceKeys } from './db/schema';
import type { Kms } from './kms';
import { memoOf } from './tx-memo';
import { activeWorkspaceKey, unwrapWorkspaceKey } from './workspace-key';

export const personAad = (workspaceId: string, personId: string) => `nexova/person-key/${workspaceId}/${personId}`;

/**
 * The data keys of these people (null: erased, or no key yet) in one query — the person key joined
 * with the workspace key version that wraps it — so a page of 50 people costs one round trip.
 */
export async function personKeysOf(t: TxContext, kms: Kms, personIds: string[]): Promise<Map<string, Buffer | null>> {
  const memo = memoOf(t);
  const missing = [...new Set(personIds)].filter((id) => !memo.people.has(id));
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
      .where(and(eq(personKeys.workspaceId, ws), inArray(personKeys.personId, missing)));
    for (const id of missing) memo.people.set(id, null);
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
      memo.people.set(r.personId, open(wk.key, r.wrapped, personAad(ws, r.personId)));
    }
  }
  return new Map(personIds.map((id) => [id, memo.people.get(id) ?? null]));
}

/** The person's data key: null once erased; created on first use unless `create` is false. */
export async function personKey(t: TxContext, kms: Kms, personId: string, create = true): Promise<Buffer | null> {
  const existing = (await personKeysOf(t, kms, [personId])).get(personId) ?? null;
  if (existing || !create) return existing;
  const ws = workspaceOf(t);
  const wk = await activeWorkspaceKey(t, kms);
  const key = newKey();
  const [created] = await t.tx
    .insert(personKeys)
    .values({
      workspaceId: ws,
      personId,
      workspaceKeyVersion: wk.version,
      wrappedKey: seal(wk.key, key, personAad(ws, personId), 'p1'),
    })
    .onConflictDoNothing()
    .returning({ personId: personKeys.personId });
  const memo = memoOf(t);
  if (created) {
    memo.people.set(personId, key);
    return key;
  }
  // A concurrent writer created it first, or the person was erased (a shredded row has no key).
  memo.people.delete(personId);
  return (await personKeysOf(t, kms, [personId])).get(personId) ?? null;
}

/**
 * Crypto-shredding: forgets the person's data key for good, so every value sealed with it (in any
 * module, backup or replica) stays unreadable. Idempotent; a shredded person never gets a new key.
 */
export async function shredPersonKey(t: TxContext, personId: string): Promise<void> {
  const ws = workspaceOf(t);
  await t.tx
    .insert(personKeys)
    .values({ workspaceId: ws, personId, workspaceKeyVersion: 0, wrappedKey: null, shreddedAt: new Date() })
    .onConflictDoUpdate({
      target: [personKeys.workspaceId, personKeys.personId],
      set: { wrappedKey: null, shreddedAt: new Date() },
    });
  memoOf(t).people.set(personId, null);
}
