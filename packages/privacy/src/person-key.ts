import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq } from 'drizzle-orm';
import { newKey, open, seal } from './aead';
import { personKeys } from './db/schema';
import type { Kms } from './kms';
import { activeWorkspaceKey, loadWorkspaceKey } from './workspace-key';

export const personAad = (workspaceId: string, personId: string) => `nexova/person-key/${workspaceId}/${personId}`;

/** The person's data key: null once erased; created on first use unless `create` is false. */
export async function personKey(t: TxContext, kms: Kms, personId: string, create = true): Promise<Buffer | null> {
  const ws = workspaceOf(t);
  const where = and(eq(personKeys.workspaceId, ws), eq(personKeys.personId, personId));
  let [row] = await t.tx.select().from(personKeys).where(where);
  if (!row) {
    if (!create) return null;
    const wk = await activeWorkspaceKey(t, kms);
    const wrappedKey = seal(wk.key, newKey(), personAad(ws, personId), 'p1');
    await t.tx
      .insert(personKeys)
      .values({ workspaceId: ws, personId, workspaceKeyVersion: wk.version, wrappedKey })
      .onConflictDoNothing();
    [row] = await t.tx.select().from(personKeys).where(where);
  }
  if (!row?.wrappedKey) return null;
  const wk = await loadWorkspaceKey(t, kms, row.workspaceKeyVersion);
  if (!wk) throw new Error(`workspace key version ${row.workspaceKeyVersion} is missing`);
  return open(wk.key, row.wrappedKey, personAad(ws, personId));
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
}
