import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq, isNull } from 'drizzle-orm';
import { notificationsRead } from '../contracts/events/notification-events.v1';
import { items } from '../db/schema';
import { callerUserId } from '../domain/caller';

// Marks every unread notification of the caller read; returns how many it marked.
export async function readAllNotifications({ ctx }: { ctx: AppContext; input?: undefined }): Promise<number> {
  const userId = callerUserId(ctx.actor);
  return withTransaction(ctx, async (t) => {
    const marked = await t.tx
      .update(items)
      .set({ readAt: new Date() })
      .where(and(eq(items.workspaceId, workspaceOf(t)), eq(items.userId, userId), isNull(items.readAt)))
      .returning({ id: items.id });
    if (marked.length > 0) {
      await publish(t, notificationsRead, {
        aggregateId: userId,
        payload: { user_id: userId, notification_ids: [], all: true, unread_count: 0 },
      });
    }
    return marked.length;
  });
}
