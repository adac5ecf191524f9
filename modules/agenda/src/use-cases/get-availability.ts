import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { AvailabilityExceptionView, Rule } from '../contracts/availability';
import { toException, toRule } from '../db/availability-store';
import { availabilityExceptions, availabilityRules } from '../db/schema';

// One weekly rule or one exception by id (404 when missing or another workspace's).
export async function getAvailabilityRule({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { ruleId: string };
}): Promise<Rule> {
  return withTransaction(ctx, async (t) => {
    const r = availabilityRules;
    const [row] = await t.tx
      .select()
      .from(r)
      .where(and(eq(r.workspaceId, workspaceOf(t)), eq(r.id, input.ruleId)));
    if (!row) throw new NotFoundError('The rule was not found.', { code: 'rule_not_found' });
    return toRule(row);
  });
}

export async function getAvailabilityException({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { exceptionId: string };
}): Promise<AvailabilityExceptionView> {
  return withTransaction(ctx, async (t) => {
    const e = availabilityExceptions;
    const [row] = await t.tx
      .select()
      .from(e)
      .where(and(eq(e.workspaceId, workspaceOf(t)), eq(e.id, input.exceptionId)));
    if (!row) throw new NotFoundError('The exception was not found.', { code: 'exception_not_found' });
    return toException(row);
  });
}
