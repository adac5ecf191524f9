import { type TxContext, workspaceOf } from '@nexova/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { newKey } from './aead';
import { workspaceKeys } from './db/schema';
import type { Kms } from './kms';

export type WorkspaceKey = { version: number; key: Buffer; indexKey: Buffer };

type Row = typeof workspaceKeys.$inferSelect;

// What a wrapped workspace key is bound to: a row copied to another workspace or version does not open.
export const workspaceAad = (workspaceId: string, version: number, kind: 'kek' | 'index') =>
  `nexova/workspace-key/${workspaceId}/${version}/${kind}`;

export async function unwrapWorkspaceKey(kms: Kms, row: Row): Promise<WorkspaceKey> {
  return {
    version: row.version,
    key: await kms.unwrap(row.wrappedKey, workspaceAad(row.workspaceId, row.version, 'kek')),
    indexKey: await kms.unwrap(row.wrappedIndexKey, workspaceAad(row.workspaceId, row.version, 'index')),
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

/** The workspace's active key, created on first use. */
export async function activeWorkspaceKey(t: TxContext, kms: Kms): Promise<WorkspaceKey> {
  const existing = await loadWorkspaceKey(t, kms);
  if (existing) return existing;
  await insertWorkspaceKey(t, kms, 1);
  const created = await loadWorkspaceKey(t, kms);
  if (!created) throw new Error('workspace key was not created');
  return created;
}
