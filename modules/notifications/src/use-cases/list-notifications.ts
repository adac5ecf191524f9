import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { NotificationView } from '../contracts/notification';
import { items } from '../db/schema';
import { callerUserId } from '../domain/caller';
import { readerOf, toView } from './reader';

export type ListNotificationsInput = { unread?: boolean; limit: number; cursor?: string };

// The caller's own notifications, newest first, optionally only the unread ones.
export async function listNotifications({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListNotificationsInput;
}): Promise<Page<NotificationView>> {
  const userId = callerUserId(ctx.actor);
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(items)
      .where(
        and(
          eq(items.workspaceId, workspaceOf(t)),
          eq(items.userId, userId),
          input.unread ? isNull(items.readAt) : undefined,
          keysetAfterId(items.id, after, 'desc'),
        ),
      )
      .orderBy(desc(items.id))
      .limit(input.limit + 1);
    const page = pageOf(rows, input.limit, (r) => [r.id]);
    const reader = await readerOf(t, userId);
    return { items: page.items.map((r) => toView(r, reader)), next_cursor: page.next_cursor };
  });
}
