import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { NotFoundError } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { notificationsRead } from '../contracts/events/notification-events.v1';
import type { NotificationView } from '../contracts/notification';
import { unreadCount } from '../db/item-store';
import { items } from '../db/schema';
import { callerUserId } from '../domain/caller';
import { readerOf, toView } from './reader';

export type ReadNotificationInput = { notificationId: string };

// Marks one of the caller's notifications read (again: unchanged). Another member's or another
// workspace's id is 404. Publishes notifications.item.read with the new unread count.
export async function readNotification({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReadNotificationInput;
}): Promise<NotificationView> {
  const userId = callerUserId(ctx.actor);
  return withTransaction(ctx, async (t) => {
    const mine = and(
      eq(items.workspaceId, workspaceOf(t)),
      eq(items.userId, userId),
      eq(items.id, input.notificationId),
    );
    const [marked] = await t.tx
      .update(items)
      .set({ readAt: new Date() })
      .where(and(mine, isNull(items.readAt)))
      .returning();
    const row = marked ?? (await t.tx.select().from(items).where(mine))[0];
    if (!row) throw new NotFoundError('The notification was not found.', { code: 'notification_not_found' });
    if (marked) {
      await publish(t, notificationsRead, {
        aggregateId: userId,
        payload: {
          user_id: userId,
          notification_ids: [row.id],
          all: false,
          unread_count: await unreadCount(t, userId),
        },
      });
    }
    return toView(row, await readerOf(t, userId));
  });
}
