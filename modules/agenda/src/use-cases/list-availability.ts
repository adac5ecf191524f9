import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, asc, eq } from 'drizzle-orm';
import type { AvailabilityExceptionView, Rule } from '../contracts/availability';
import { type OwnerKind, toException, toRule } from '../db/availability-store';
import { availabilityExceptions, availabilityRules } from '../db/schema';
import { mustLoad } from '../db/setup-store';

export type ListAvailabilityInput = { ownerKind: OwnerKind; ownerId: string; limit?: number; cursor?: string };

// The weekly rules of one professional or resource in creation order (ids are UUIDv7), paged by cursor.
export async function listAvailabilityRules({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListAvailabilityInput;
}): Promise<Page<Rule>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    await mustLoad(t, input.ownerKind, input.ownerId);
    const r = availabilityRules;
    const rows = await t.tx
      .select()
      .from(r)
      .where(
        and(
          eq(r.workspaceId, workspaceOf(t)),
          eq(r.ownerKind, input.ownerKind),
          eq(r.ownerId, input.ownerId),
          keysetAfterId(r.id, after),
        ),
      )
      .orderBy(asc(r.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (row) => [row.id]);
    return { ...page, items: page.items.map(toRule) };
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
