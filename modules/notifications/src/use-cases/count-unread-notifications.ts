import { type AppContext, withTransaction } from '@nexova/db';
import { unreadCount } from '../db/item-store';
import { callerUserId } from '../domain/caller';

// How many of the caller's notifications are unread (the badge; /ws frames carry it live).
export async function countUnreadNotifications({ ctx }: { ctx: AppContext; input?: undefined }): Promise<number> {
  const userId = callerUserId(ctx.actor);
  return withTransaction(ctx, (t) => unreadCount(t, userId));
}
