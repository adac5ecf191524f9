import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import { open, seal } from './aead';
import { personKeys, workspaceKeys } from './db/schema';
import type { Kms } from './kms';
import { personAad } from './person-key';
import { insertWorkspaceKey, loadWorkspaceKey, unwrapWorkspaceKey, workspaceAad } from './workspace-key';

export type RotationResult = { workspaceKeyVersion: number; personKeysRewrapped: number; masterRewrapped: number };

// Rotates a workspace's keys without downtime: (1) every workspace key version still wrapped by an
// old master key is re-wrapped by the current one; (2) a new workspace key version is added and
// every live person key is re-wrapped under it; the old version is retired. Person data keys, the
// blind-index key and therefore all encrypted data and indexes stay as they are. Readers see either
// the old or the new wrapping (one transaction per workspace).
export async function rotateWorkspaceKeys({ ctx, kms }: { ctx: AppContext; kms: Kms }): Promise<RotationResult> {
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const rows = await t.tx.select().from(workspaceKeys).where(eq(workspaceKeys.workspaceId, ws)).for('update');
    let masterRewrapped = 0;
    for (const row of rows) {
      if (!kms.needsRewrap(row.wrappedKey) && !kms.needsRewrap(row.wrappedIndexKey)) continue;
      const k = await unwrapWorkspaceKey(kms, row);
      await t.tx
        .update(workspaceKeys)
        .set({
          wrappedKey: await kms.wrap(k.key, workspaceAad(ws, row.version, 'kek')),
          wrappedIndexKey: await kms.wrap(k.indexKey, workspaceAad(ws, row.version, 'index')),
        })
        .where(and(eq(workspaceKeys.workspaceId, ws), eq(workspaceKeys.version, row.version)));
      masterRewrapped++;
    }
    const active = await loadWorkspaceKey(t, kms);
    if (!active) return { workspaceKeyVersion: 0, personKeysRewrapped: 0, masterRewrapped };
    const next = Math.max(...rows.map((r) => r.version)) + 1;
    await insertWorkspaceKey(t, kms, next, active.indexKey);
    const fresh = await loadWorkspaceKey(t, kms, next);
    if (!fresh) throw new Error('new workspace key version was not stored');
    const old = await t.tx
      .select()
      .from(personKeys)
      .where(
        and(eq(personKeys.workspaceId, ws), lt(personKeys.workspaceKeyVersion, next), isNotNull(personKeys.wrappedKey)),
      );
    const oldKeys = new Map<number, Buffer>();
    for (const row of old) {
      if (!oldKeys.has(row.workspaceKeyVersion)) {
        const k = await loadWorkspaceKey(t, kms, row.workspaceKeyVersion);
        if (!k) throw new Error(`workspace key version ${row.workspaceKeyVersion} is missing`);
        oldKeys.set(row.workspaceKeyVersion, k.key);
      }
      const aad = personAad(ws, row.personId, row.purpose);
      const dataKey = open(oldKeys.get(row.workspaceKeyVersion) as Buffer, row.wrappedKey as string, aad);
      await t.tx
        .update(personKeys)
        .set({ workspaceKeyVersion: next, wrappedKey: seal(fresh.key, dataKey, aad, 'p1') })
        .where(
          and(
            eq(personKeys.workspaceId, ws),
            eq(personKeys.personId, row.personId),
            eq(personKeys.purpose, row.purpose),
          ),
        );
    }
    await t.tx
      .update(workspaceKeys)
      .set({ retiredAt: new Date() })
      .where(and(eq(workspaceKeys.workspaceId, ws), lt(workspaceKeys.version, next), isNull(workspaceKeys.retiredAt)));
    return { workspaceKeyVersion: next, personKeysRewrapped: old.length, masterRewrapped };
  });
}
