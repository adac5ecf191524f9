import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { ValidationError } from '@nexova/kernel';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { type AuditEntry, toEntry } from '../contracts/entry';
import { entries } from '../db/schema';

export type ListEntriesInput = {
  actorType?: string;
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  category?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
};

const badCursor = () =>
  new ValidationError('The cursor is not valid; pass back a next_cursor exactly.', [
    { pointer: '/cursor', in: 'query', message: 'is not a cursor of this list' },
  ]);

// The workspace's audit entries, newest first (keyset on the chain position), filtered by actor,
// action, target, category and a time range [from, to).
export async function listEntries({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListEntriesInput;
}): Promise<Page<AuditEntry>> {
  const key = decodeCursor(input.cursor);
  if (key && (key.length !== 1 || typeof key[0] !== 'number')) throw badCursor();
  const filters: (SQL | undefined)[] = [
    input.actorType ? eq(entries.actorType, input.actorType) : undefined,
    input.actorId ? eq(entries.actorId, input.actorId) : undefined,
    input.action ? eq(entries.action, input.action) : undefined,
    input.targetType ? eq(entries.targetType, input.targetType) : undefined,
    input.targetId ? eq(entries.targetId, input.targetId) : undefined,
    input.category ? eq(entries.category, input.category) : undefined,
    input.from ? gte(entries.occurredAt, input.from) : undefined,
    input.to ? lt(entries.occurredAt, input.to) : undefined,
    key ? lt(entries.seq, key[0] as number) : undefined,
  ];
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(entries)
      .where(and(eq(entries.workspaceId, workspaceOf(ctx)), ...filters))
      .orderBy(desc(entries.seq))
      .limit(input.limit + 1);
    return pageOf(rows.map(toEntry), input.limit, (row) => [row.seq]);
  });
}
