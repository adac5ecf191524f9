import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { availabilityExceptions, availabilityRules } from '../db/schema';

// Removes a weekly rule or an exception; existing appointments stay (they were booked when it applied).
export async function deleteAvailabilityRule({ ctx, input }: { ctx: AppContext; input: { ruleId: string } }) {
  return withTransaction(ctx, async (t) => {
    const gone = await t.tx
      .delete(availabilityRules)
      .where(and(eq(availabilityRules.workspaceId, workspaceOf(t)), eq(availabilityRules.id, input.ruleId)))
      .returning({ id: availabilityRules.id });
    if (gone.length === 0) throw new NotFoundError('The rule was not found.', { code: 'rule_not_found' });
  });
}

export async function deleteAvailabilityException({ ctx, input }: { ctx: AppContext; input: { exceptionId: string } }) {
  return withTransaction(ctx, async (t) => {
    const e = availabilityExceptions;
    const gone = await t.tx
      .delete(e)
      .where(and(eq(e.workspaceId, workspaceOf(t)), eq(e.id, input.exceptionId)))
      .returning({ id: e.id });
    if (gone.length === 0) throw new NotFoundError('The exception was not found.', { code: 'exception_not_found' });
  });
}
