import { z } from 'zod';

// Request and response shapes of /notifications (house rule 8).

const N = '019300a0-0000-7000-8000-000000000001';

export const notificationParams = z
  .object({ notification_id: z.string().uuid() })
  .meta({ example: { notification_id: N } });

export const listFilters = z.object({
  unread: z.enum(['true', 'false']).optional().describe('true: only the unread ones.'),
});

export const unreadCountSchema = z
  .object({ unread_count: z.number().int().describe("The caller's unread notifications.") })
  .meta({ example: { unread_count: 3 } });

export const readAllSchema = z
  .object({
    marked: z.number().int().describe('How many notifications this call marked read.'),
    unread_count: z.number().int(),
  })
  .meta({ example: { marked: 3, unread_count: 0 } });

/** Said on every route: what /ws sends the member live. */
export const LIVE =
  "Only the caller's own notifications. Live: /api/v1/ws sends the caller (and only them) `notifications.item.created` and `notifications.item.read` frames carrying their `unread_count`.";
