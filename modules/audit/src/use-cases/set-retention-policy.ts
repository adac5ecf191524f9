import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { noteAudit, UnprocessableError } from '@nexova/kernel';
import { eq } from 'drizzle-orm';
import type { RetentionPolicy, RetentionUpdate } from '../contracts/retention';
import { retentionPolicies } from '../db/schema';
import { RETENTION_CLASSES, type RetentionBounds } from '../retention/retention-classes';
import { getRetentionPolicy } from './get-retention-policy';

export type SetRetentionPolicyInput = { bounds: RetentionBounds; update: RetentionUpdate };

// Sets (or with null clears) the workspace's own days per class; absent classes stay as they are.
// Days outside a class's bounds are refused (422 naming each field); one audit entry names the changes.
export async function setRetentionPolicy({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: SetRetentionPolicyInput;
}): Promise<RetentionPolicy> {
  const asked = RETENTION_CLASSES.flatMap((cls) => {
    const days = input.update[`${cls}_days`];
    return days === undefined ? [] : [{ cls, days }];
  });
  const wrong = asked.filter(
    ({ cls, days }) => days !== null && (days < input.bounds[cls].minDays || days > input.bounds[cls].maxDays),
  );
  if (wrong.length > 0)
    throw new UnprocessableError(
      wrong
        .map(({ cls }) => `${cls}_days must be from ${input.bounds[cls].minDays} to ${input.bounds[cls].maxDays}.`)
        .join(' '),
      {
        code: 'retention_out_of_bounds',
        errors: wrong.map(({ cls }) => ({
          pointer: `/${cls}_days`,
          in: 'body' as const,
          message: `must be from ${input.bounds[cls].minDays} to ${input.bounds[cls].maxDays} days`,
        })),
      },
    );
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const [before] = await t.tx.select().from(retentionPolicies).where(eq(retentionPolicies.workspaceId, ws));
    const next: Record<string, number> = { ...before?.days };
    const changes: Record<string, { before: number | null; after: number | null }> = {};
    for (const { cls, days } of asked) {
      const was = before?.days[cls] ?? null;
      if (was === days) continue;
      changes[`${cls}_days`] = { before: was, after: days };
      if (days === null) delete next[cls];
      else next[cls] = days;
    }
    if (Object.keys(changes).length > 0) {
      await t.tx
        .insert(retentionPolicies)
        .values({ workspaceId: ws, days: next })
        .onConflictDoUpdate({ target: retentionPolicies.workspaceId, set: { days: next, updatedAt: new Date() } });
      noteAudit(t, { target: { type: 'retention_policy', id: ws }, changes });
    }
    return getRetentionPolicy({ ctx: t, input: input.bounds });
  });
}
