import { defineEvent } from '@nexova/events';
import { z } from 'zod';
import { notificationKindSchema } from '../kinds';

// Notifications' facts. Each is addressed to one member (`user_id`): the realtime feed (/ws) sends it
// to that member only, so their unread count updates live.

export const notificationCreated = defineEvent({
  type: 'notifications.item.created',
  version: 1,
  aggregate: 'notification',
  permission: 'events:subscribe',
  addressedTo: 'user_id',
  description:
    'A member got an in-app notification; `unread_count` is their unread count as of that commit. Sent live to that member only.',
  payload: z.object({
    notification_id: z.string().uuid(),
    user_id: z.string().uuid(),
    kind: notificationKindSchema,
    unread_count: z.number().int(),
  }),
});

export const notificationsRead = defineEvent({
  type: 'notifications.item.read',
  version: 1,
  aggregate: 'member',
  permission: 'events:subscribe',
  addressedTo: 'user_id',
  description:
    'A member marked notifications read (`notification_ids`: the ones; empty after read-all); `unread_count` is what remains. Sent live to that member only.',
  payload: z.object({
    user_id: z.string().uuid(),
    notification_ids: z.array(z.string().uuid()),
    all: z.boolean(),
    unread_count: z.number().int(),
  }),
});
