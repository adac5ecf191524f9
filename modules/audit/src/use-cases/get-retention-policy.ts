import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { desc, eq } from 'drizzle-orm';
import type { RetentionPolicy } from '../contracts/retention';
import { retentionPolicies, retentionRuns } from '../db/schema';
import { RETENTION_CLASSES, type RetentionBounds } from '../retention/retention-classes';

// The workspace's retention: per class its effective days and their source (default or its own), the
// bounds, and its latest runs.
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
    const classes = Object.fromEntries(
      RETENTION_CLASSES.map((cls) => {
        const own = policy?.days[cls];
        const b = input[cls];
        return [
          cls,
          {
            days: own ?? b.defaultDays,
            source: own === undefined ? 'default' : 'workspace',
            default_days: b.defaultDays,
            min_days: b.minDays,
            max_days: b.maxDays,
          },
        ];
      }),
    ) as RetentionPolicy['classes'];
    return {
      audit_days: classes.audit.days,
      audit_days_default: input.audit.defaultDays,
      audit_days_min: input.audit.minDays,
      audit_days_max: input.audit.maxDays,
      overridden: classes.audit.source === 'workspace',
      classes,
      runs: runs.map((r) => ({ ran_at: r.ranAt.toISOString(), removed: r.removed })),
    };
  });
}
