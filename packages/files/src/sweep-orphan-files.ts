import { type AppContext, withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import type { FileOwner } from './file-owner';
import type { FileStore } from './file-store';

export type SweepOrphanFilesInput = {
  store: FileStore;
  /** Who owns which prefix (the app's modules' `files`). */
  owners: FileOwner[];
  /** Files written less than this long ago are kept: their upload may still be committing. */
  graceMs: number;
  now?: Date;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BATCH = 500;

// Deletes stored files that their owner no longer references and that are older than the grace
// period: uploads whose request failed after the file was written (the row rolled back) and files of
// deleted rows. Keys are <prefix>/<workspace>/…, so each owner's batch of one workspace is checked under
// that workspace's RLS context. Files under a prefix no owner registered are kept. Reads only, then
// deletes outside any transaction; returns how many.
export async function sweepOrphanFiles({
  ctx,
  input,
}: {
  ctx: Pick<AppContext, 'db'>;
  input: SweepOrphanFilesInput;
}): Promise<number> {
  const cutoff = (input.now ?? new Date()).getTime() - input.graceMs;
  let deleted = 0;
  for (const owner of input.owners) {
    const pending = new Map<string, string[]>();
    const flush = async (workspaceId: string) => {
      const keys = pending.get(workspaceId) ?? [];
      pending.delete(workspaceId);
      if (keys.length === 0) return;
      const scoped = { ...systemContext(workspaceId, 'file-sweeper'), db: ctx.db };
      const kept = new Set(await withTransaction(scoped, (t) => owner.referenced(t, keys)));
      for (const key of keys) {
        if (kept.has(key)) continue;
        await input.store.delete(key);
        deleted++;
      }
    };
    for await (const file of input.store.list(`${owner.prefix}/`)) {
      const workspaceId = file.key.split('/')[1] ?? '';
      if (!UUID.test(workspaceId) || file.modifiedAt.getTime() > cutoff) continue;
      const keys = pending.get(workspaceId) ?? [];
      keys.push(file.key);
      pending.set(workspaceId, keys);
      if (keys.length >= BATCH) await flush(workspaceId);
    }
    for (const workspaceId of [...pending.keys()]) await flush(workspaceId);
  }
  return deleted;
}
