import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import { entries } from './schema';

/** What GET /audit and an audit export select by: actor, action, target, category, [from, to). */
export type EntryFilters = {
  actorType?: string;
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  category?: string;
  from?: Date;
  to?: Date;
};

/** The WHERE clause of one workspace's entries under these filters (the list and the export share it). */
export function entryWhere(workspaceId: string, f: EntryFilters, ...more: (SQL | undefined)[]): SQL | undefined {
  return and(
    eq(entries.workspaceId, workspaceId),
    f.actorType ? eq(entries.actorType, f.actorType) : undefined,
    f.actorId ? eq(entries.actorId, f.actorId) : undefined,
    f.action ? eq(entries.action, f.action) : undefined,
    f.targetType ? eq(entries.targetType, f.targetType) : undefined,
    f.targetId ? eq(entries.targetId, f.targetId) : undefined,
    f.category ? eq(entries.category, f.category) : undefined,
    f.from ? gte(entries.occurredAt, f.from) : undefined,
    f.to ? lt(entries.occurredAt, f.to) : undefined,
    ...more,
  );
}

type FilterKey = 'actor_type' | 'actor_id' | 'action' | 'target_type' | 'target_id' | 'category' | 'from' | 'to';

/** The API's query filters (snake_case, ISO strings) as EntryFilters. */
export function filtersOf(q: { [K in FilterKey]?: string }): EntryFilters {
  return {
    actorType: q.actor_type,
    actorId: q.actor_id,
    action: q.action,
    targetType: q.target_type,
    targetId: q.target_id,
    category: q.category,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
  };
}
