import type { Database } from '@nexova/db';
import { withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { retentionRuns } from '../db/schema';

/** Stores the platform row of one retention run: rows removed per data class (or counted, dry). */
export async function recordRetentionRun(
  db: Database,
  run: { id: string; now: Date; dryRun: boolean; removed: Record<string, number> },
): Promise<void> {
  await withTransaction({ ...systemContext(null, 'retention'), db }, async (t) => {
    await t.tx
      .insert(retentionRuns)
      .values({ id: run.id, workspaceId: null, ranAt: run.now, dryRun: run.dryRun, removed: run.removed });
  });
}
