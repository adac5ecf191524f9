import { type Database, type TxContext, workspaceOf } from '@nexova/db';
import { and, asc, eq } from 'drizzle-orm';
import { fileDeletions } from './db/schema';
import type { FileStore } from './file-store';

/** Asks for these stored files to be deleted once the transaction commits (an erasure, a purge). */
export async function requestFileDeletion(t: TxContext, keys: string[]): Promise<void> {
  const ws = workspaceOf(t);
  const unique = [...new Set(keys)];
  if (unique.length === 0) return;
  await t.tx
    .insert(fileDeletions)
    .values(unique.map((key) => ({ workspaceId: ws, key })))
    .onConflictDoNothing();
}

/**
 * Deletes the requested files (oldest requests first, at most `batch`), then their requests. Outside any
 * transaction: a crash between the two leaves the request, and deleting a missing object is no error,
 * so the next pass finishes it. Returns how many were deleted.
 */
export async function deleteRequestedFiles(db: Database, store: FileStore, batch = 500): Promise<number> {
  const due = await db.select().from(fileDeletions).orderBy(asc(fileDeletions.requestedAt)).limit(batch);
  for (const row of due) {
    await store.delete(row.key);
    await db
      .delete(fileDeletions)
      .where(and(eq(fileDeletions.workspaceId, row.workspaceId), eq(fileDeletions.key, row.key)));
  }
  return due.length;
}
