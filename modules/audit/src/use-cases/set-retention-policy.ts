import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { noteAudit, ValidationError } from '@nexova/kernel';
import { eq } from 'drizzle-orm';
import type { RetentionBounds, RetentionPolicy } from '../contracts/retention';
import { retentionPolicies } from '../db/schema';
import { getRetentionPolicy } from './get-retention-policy';

export type SetRetentionPolicyInput = RetentionBounds & { auditDays: number | null };

// Sets (or with null clears) the workspace's audit retention, refusing days outside the bounds.
export async function setRetentionPolicy({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: SetRetentionPolicyInput;
}): Promise<RetentionPolicy> {
  const days = input.auditDays;
  if (days !== null && (days < input.minDays || days > input.maxDays))
    throw new ValidationError(`audit_days must be from ${input.minDays} to ${input.maxDays}.`, [
      { pointer: '/audit_days', in: 'body', message: `must be from ${input.minDays} to ${input.maxDays} days` },
    ]);
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const [before] = await t.tx.select().from(retentionPolicies).where(eq(retentionPolicies.workspaceId, ws));
    const next = { ...before?.days };
    if (days === null) delete next.audit;
    else next.audit = days;
    await t.tx
      .insert(retentionPolicies)
      .values({ workspaceId: ws, days: next })
      .onConflictDoUpdate({ target: retentionPolicies.workspaceId, set: { days: next, updatedAt: new Date() } });
    noteAudit(t, {
      target: { type: 'retention_policy', id: ws },
      changes: { audit_days: { before: before?.days.audit ?? null, after: days } },
    });
    return getRetentionPolicy({ ctx: t, input });
  });
}
