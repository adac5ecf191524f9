import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { desc, eq } from 'drizzle-orm';
import type { RetentionBounds, RetentionPolicy } from '../contracts/retention';
import { retentionPolicies, retentionRuns } from '../db/schema';

// The workspace's retention: its audit days (override or default), the bounds, its latest runs.
export async function getRetentionPolicy({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RetentionBounds;
}): Promise<RetentionPolicy> {
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const [policy] = await t.tx.select().from(retentionPolicies).where(eq(retentionPolicies.workspaceId, ws));
    const runs = await t.tx
      .select()
      .from(retentionRuns)
      .where(eq(retentionRuns.workspaceId, ws))
      .orderBy(desc(retentionRuns.ranAt))
      .limit(10);
    const own = policy?.days.audit;
    return {
      audit_days: own ?? input.defaultDays,
      audit_days_default: input.defaultDays,
      audit_days_min: input.minDays,
      audit_days_max: input.maxDays,
      overridden: own !== undefined,
      runs: runs.map((r) => ({ ran_at: r.ranAt.toISOString(), removed: r.removed })),
    };
  });
}
