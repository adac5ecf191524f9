import { type AppContext, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { and, eq, inArray } from 'drizzle-orm';
import { attachments } from '../db/schema';
import type { FileStore } from '../files/file-store';

export type SweepOrphanFilesInput = {
  store: FileStore;
  /** Files written less than this long ago are kept: their upload may still be committing. */
  graceMs: number;
  now?: Date;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BATCH = 500;

// Deletes stored receipt files that no attachment row references and that are older than the grace
// period: uploads whose request failed after the file was written (the row rolled back) and files of
// deleted payments. Keys are receipts/<workspace>/<id>.<ext>, so each workspace's batch is checked
// under its own RLS context. Reads only, then deletes outside any transaction; returns how many.
export async function sweepOrphanFiles({
  ctx,
  input,
}: {
  ctx: Pick<AppContext, 'db'>;
  input: SweepOrphanFilesInput;
}): Promise<number> {
  const cutoff = (input.now ?? new Date()).getTime() - input.graceMs;
  const pending = new Map<string, string[]>();
  let deleted = 0;
  const flush = async (workspaceId: string) => {
    const keys = pending.get(workspaceId) ?? [];
    pending.delete(workspaceId);
    if (keys.length === 0) return;
    const scoped = { ...systemContext(workspaceId, 'file-sweeper'), db: ctx.db };
    const referenced = await withTransaction(scoped, (t) =>
      t.tx
        .select({ key: attachments.fileKey })
        .from(attachments)
        .where(and(eq(attachments.workspaceId, workspaceId), inArray(attachments.fileKey, keys))),
    );
    const kept = new Set(referenced.map((r) => r.key));
    for (const key of keys) {
      if (kept.has(key)) continue;
      await input.store.delete(key);
      deleted++;
    }
  };
  for await (const file of input.store.list('receipts/')) {
    const workspaceId = file.key.split('/')[1] ?? '';
    if (!UUID.test(workspaceId) || file.modifiedAt.getTime() > cutoff) continue;
    const keys = pending.get(workspaceId) ?? [];
    keys.push(file.key);
    pending.set(workspaceId, keys);
    if (keys.length >= BATCH) await flush(workspaceId);
  }
  for (const workspaceId of [...pending.keys()]) await flush(workspaceId);
  return deleted;
}
