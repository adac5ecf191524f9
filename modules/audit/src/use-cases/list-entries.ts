import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { ValidationError } from '@nexova/kernel';
import { desc, lt } from 'drizzle-orm';
import { type AuditEntry, toEntry } from '../contracts/entry';
import { type EntryFilters, entryWhere } from '../db/entry-filters';
import { entries } from '../db/schema';

export type ListEntriesInput = EntryFilters & { limit: number; cursor?: string };

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
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(entries)
      .where(entryWhere(workspaceOf(ctx), input, key ? lt(entries.seq, key[0] as number) : undefined))
      .orderBy(desc(entries.seq))
      .limit(input.limit + 1);
    return pageOf(rows.map(toEntry), input.limit, (row) => [row.seq]);
  });
}
