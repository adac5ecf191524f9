import { type TxContext, workspaceOf } from '@nexova/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { newKey } from './aead';
import { workspaceKeys } from './db/schema';
import { unwrapCached } from './key-cache';
import type { Kms } from './kms';
import { memoOf } from './tx-memo';

export type WorkspaceKey = { version: number; key: Buffer; indexKey: Buffer };

type Row = typeof workspaceKeys.$inferSelect;

// What a wrapped workspace key is bound to: a row copied to another workspace or version does not open.
export const workspaceAad = (workspaceId: string, version: number, kind: 'kek' | 'index') =>
  `nexova/workspace-key/${workspaceId}/${version}/${kind}`;

type WrappedRow = Pick<Row, 'workspaceId' | 'version' | 'wrappedKey' | 'wrappedIndexKey'>;

export async function unwrapWorkspaceKey(kms: Kms, row: WrappedRow): Promise<WorkspaceKey> {
  const kek = workspaceAad(row.workspaceId, row.version, 'kek');
  const index = workspaceAad(row.workspaceId, row.version, 'index');
  return {
    version: row.version,
    key: await unwrapCached(kms, row.wrappedKey, kek, () => kms.unwrap(row.wrappedKey, kek)),
    indexKey: await unwrapCached(kms, row.wrappedIndexKey, index, () => kms.unwrap(row.wrappedIndexKey, index)),
  };
}

/** A workspace key version (the active one when `version` is omitted), or null. */
export async function loadWorkspaceKey(t: TxContext, kms: Kms, version?: number): Promise<WorkspaceKey | null> {
  const ws = workspaceOf(t);
  const [row] = await t.tx
    .select()
    .from(workspaceKeys)
    .where(
      and(
        eq(workspaceKeys.workspaceId, ws),
        version === undefined ? isNull(workspaceKeys.retiredAt) : eq(workspaceKeys.version, version),
      ),
    )
    .orderBy(desc(workspaceKeys.version))
    .limit(1);
  return row ? unwrapWorkspaceKey(kms, row) : null;
}

/** Inserts a workspace key version (racing creators: the primary key keeps one, the loser re-reads). */
export async function insertWorkspaceKey(t: TxContext, kms: Kms, version: number, indexKey = newKey()) {
  const ws = workspaceOf(t);
  const key = newKey();
  await t.tx
    .insert(workspaceKeys)
    .values({
      workspaceId: ws,
      version,
      wrappedKey: await kms.wrap(key, workspaceAad(ws, version, 'kek')),
      wrappedIndexKey: await kms.wrap(indexKey, workspaceAad(ws, version, 'index')),
    })
    .onConflictDoNothing();
}

/** The workspace's active key, created on first use; read once per transaction. */
export async function activeWorkspaceKey(t: TxContext, kms: Kms): Promise<WorkspaceKey> {
  const memo = memoOf(t);
  if (memo.active) return memo.active;
  let key = await loadWorkspaceKey(t, kms);
  if (!key) {
    await insertWorkspaceKey(t, kms, 1);
    key = await loadWorkspaceKey(t, kms);
    if (!key) throw new Error('workspace key was not created');
  }
  memo.active = key;
  return key;
}
