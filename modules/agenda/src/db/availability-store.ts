import { type TxContext, workspaceOf } from '@nexova/db';
import { and, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import type { AvailabilityExceptionView, Rule } from '../contracts/availability';
import type { Interval } from '../domain/intervals';
import { type AvailabilityException, formatWallTime, type WeeklyRule } from '../domain/weekly-rules';
import { availabilityExceptions, availabilityRules } from './schema';

export type RuleRow = typeof availabilityRules.$inferSelect;
export type ExceptionRow = typeof availabilityExceptions.$inferSelect;
export type OwnerKind = 'professional' | 'resource';

export const toRule = (r: RuleRow): Rule => ({
  id: r.id,
  owner_kind: r.ownerKind as OwnerKind,
  owner_id: r.ownerId,
  weekday: r.weekday,
  start: formatWallTime(r.startMinute),
  end: formatWallTime(r.endMinute),
  created_at: r.createdAt.toISOString(),
});

export const toException = (r: ExceptionRow): AvailabilityExceptionView => ({
  id: r.id,
  owner_kind: r.ownerKind as OwnerKind | null,
  owner_id: r.ownerId,
  kind: r.kind as 'open' | 'closed',
  starts_at: r.startsAt.toISOString(),
  ends_at: r.endsAt.toISOString(),
  reason: r.reason,
  created_at: r.createdAt.toISOString(),
});

/** The weekly rules of each owner of `ids`. */
export async function rulesOf(t: TxContext, kind: OwnerKind, ids: string[]): Promise<Map<string, WeeklyRule[]>> {
  const out = new Map<string, WeeklyRule[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await t.tx
    .select()
    .from(availabilityRules)
    .where(
      and(
        eq(availabilityRules.workspaceId, workspaceOf(t)),
        eq(availabilityRules.ownerKind, kind),
        inArray(availabilityRules.ownerId, ids),
      ),
    );
  for (const r of rows) out.get(r.ownerId)?.push(r);
  return out;
}

/** The exceptions of each owner of `ids` overlapping `range`, workspace-wide ones included for all. */
export async function exceptionsOf(
  t: TxContext,
  kind: OwnerKind,
  ids: string[],
  range: Interval,
): Promise<Map<string, AvailabilityException[]>> {
  const out = new Map<string, AvailabilityException[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const e = availabilityExceptions;
  const rows = await t.tx
    .select()
    .from(e)
    .where(
      and(
        eq(e.workspaceId, workspaceOf(t)),
        lt(e.startsAt, new Date(range.end)),
        gt(e.endsAt, new Date(range.start)),
        or(isNull(e.ownerId), and(eq(e.ownerKind, kind), inArray(e.ownerId, ids))),
      ),
    );
  for (const r of rows) {
    const item = { kind: r.kind as 'open' | 'closed', start: r.startsAt.getTime(), end: r.endsAt.getTime() };
    if (r.ownerId === null) for (const list of out.values()) list.push(item);
    else out.get(r.ownerId)?.push(item);
  }
  return out;
}
