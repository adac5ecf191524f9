import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { ConflictError, newId, ValidationError } from '@nexova/kernel';
import { and, count, eq } from 'drizzle-orm';
import type { Rule } from '../contracts/availability';
import { type OwnerKind, toRule } from '../db/availability-store';
import { availabilityRules } from '../db/schema';
import { mustLoad } from '../db/setup-store';
import { parseWallTime } from '../domain/weekly-rules';

export type AddAvailabilityRuleInput = {
  ownerKind: OwnerKind;
  ownerId: string;
  weekday: number;
  start: string;
  end: string;
  maxRules: number;
};

// Opens a professional or a resource on one weekday between two local wall times (workspace time zone).
export async function addAvailabilityRule({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: AddAvailabilityRuleInput;
}): Promise<Rule> {
  const startMinute = parseWallTime(input.start);
  const endMinute = parseWallTime(input.end);
  if (startMinute === null || endMinute === null || startMinute >= endMinute)
    throw new ValidationError('The rule must open before it closes (HH:MM, 00:00–24:00).', [
      { pointer: '/end', in: 'body', message: 'must be a wall time after start' },
    ]);
  return withTransaction(ctx, async (t) => {
    await mustLoad(t, input.ownerKind, input.ownerId);
    const [n] = await t.tx
      .select({ n: count() })
      .from(availabilityRules)
      .where(and(eq(availabilityRules.workspaceId, workspaceOf(t)), eq(availabilityRules.ownerId, input.ownerId)));
    if ((n?.n ?? 0) >= input.maxRules)
      throw new ConflictError(`The ${input.ownerKind} already has ${input.maxRules} rules.`, {
        code: 'too_many_rules',
      });
    const [row] = await t.tx
      .insert(availabilityRules)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
        ownerKind: input.ownerKind,
        ownerId: input.ownerId,
        weekday: input.weekday,
        startMinute,
        endMinute,
      })
      .returning();
    return toRule(row as NonNullable<typeof row>);
  });
}
