import { type TxContext, workspaceOf } from '@nexova/db';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { items } from './schema';

export type ItemRow = typeof items.$inferSelect;
export type NewItem = Omit<typeof items.$inferInsert, 'workspaceId'>;

/** Inserts items, skipping those already there (same event and member); returns the new ones. */
export async function insertItems(t: TxContext, rows: NewItem[]): Promise<ItemRow[]> {
  if (rows.length === 0) return [];
  const workspaceId = workspaceOf(t);
  return t.tx
    .insert(items)
    .values(rows.map((r) => ({ ...r, workspaceId })))
    .onConflictDoNothing({ target: [items.workspaceId, items.sourceEventId, items.userId] })
    .returning();
}

/** How many unread notifications each of these members has. */
export async function unreadCounts(t: TxContext, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await t.tx
    .select({ userId: items.userId, n: count() })
    .from(items)
    .where(and(eq(items.workspaceId, workspaceOf(t)), inArray(items.userId, userIds), isNull(items.readAt)))
    .groupBy(items.userId);
  return new Map(rows.map((r) => [r.userId, Number(r.n)]));
}

export async function unreadCount(t: TxContext, userId: string): Promise<number> {
  return (await unreadCounts(t, [userId])).get(userId) ?? 0;
}
