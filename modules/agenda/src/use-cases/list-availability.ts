import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, asc, eq } from 'drizzle-orm';
import type { AvailabilityExceptionView, Rule } from '../contracts/availability';
import { type OwnerKind, toException, toRule } from '../db/availability-store';
import { availabilityExceptions, availabilityRules } from '../db/schema';
import { mustLoad } from '../db/setup-store';

export type ListAvailabilityInput = { ownerKind: OwnerKind; ownerId: string };

// The weekly rules of one professional or resource (a bounded list: AGENDA_RULES_MAX), by weekday and time.
export async function listAvailabilityRules({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListAvailabilityInput;
}): Promise<Page<Rule>> {
  return withTransaction(ctx, async (t) => {
    await mustLoad(t, input.ownerKind, input.ownerId);
    const rows = await t.tx
      .select()
      .from(availabilityRules)
      .where(and(eq(availabilityRules.workspaceId, workspaceOf(t)), eq(availabilityRules.ownerId, input.ownerId)))
      .orderBy(asc(availabilityRules.weekday), asc(availabilityRules.startMinute), asc(availabilityRules.id));
    return { items: rows.map(toRule), next_cursor: null };
  });
}

// Every exception of the workspace in creation order (ids are UUIDv7), paged by cursor.
export async function listAvailabilityExceptions({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { limit?: number; cursor?: string };
}): Promise<Page<AvailabilityExceptionView>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const e = availabilityExceptions;
    const rows = await t.tx
      .select()
      .from(e)
      .where(and(eq(e.workspaceId, workspaceOf(t)), keysetAfterId(e.id, after)))
      .orderBy(asc(e.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { ...page, items: page.items.map(toException) };
  });
}
