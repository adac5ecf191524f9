import { pageQuery, pageSchema } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notificationSchema } from '../contracts/notification';
import { countUnreadNotifications } from '../use-cases/count-unread-notifications';
import { listNotifications } from '../use-cases/list-notifications';
import { readAllNotifications } from '../use-cases/read-all-notifications';
import { readNotification } from '../use-cases/read-notification';
import * as s from './notifications.schema';
import { settingsRoutes } from './settings-routes';

const tags = ['notifications'];

/** /notifications: the caller's own feed. Handlers parse, call one use-case, reply. Nothing is sent here. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const page = pageQuery(app.config);

  app.get(
    '/notifications',
    {
      config: { permission: 'notifications:read' },
      schema: {
        operationId: 'listNotifications',
        summary: "The caller's notifications, newest first",
        description: s.LIVE,
        tags,
        querystring: page.extend(s.listFilters.shape),
        response: {
          200: pageSchema(notificationSchema).meta({
            example: { items: [notificationSchema.meta()?.example], next_cursor: null },
          }),
        },
      },
    },
    async (req) =>
      listNotifications({
        ctx: req.ctx,
        input: { unread: req.query.unread === 'true', limit: req.query.limit, cursor: req.query.cursor },
      }),
  );

  app.get(
    '/notifications/unread-count',
    {
      config: { permission: 'notifications:read' },
      schema: {
        operationId: 'countUnreadNotifications',
        summary: "How many of the caller's notifications are unread",
        description: s.LIVE,
        tags,
        response: { 200: s.unreadCountSchema },
      },
    },
    async (req) => ({ unread_count: await countUnreadNotifications({ ctx: req.ctx }) }),
  );

  app.post(
    '/notifications/:notification_id/read',
    {
      config: { permission: 'notifications:read' },
      schema: {
        operationId: 'readNotification',
        summary: 'Mark one of the caller’s notifications read',
        description: 'Marking it again changes nothing. Another member’s notification answers 404.',
        tags,
        params: s.notificationParams,
        response: { 200: notificationSchema },
      },
    },
    async (req) => readNotification({ ctx: req.ctx, input: { notificationId: req.params.notification_id } }),
  );

  app.post(
    '/notifications/read-all',
    {
      config: { permission: 'notifications:read' },
      schema: {
        operationId: 'readAllNotifications',
        summary: "Mark all the caller's notifications read",
        tags,
        response: { 200: s.readAllSchema },
      },
    },
    async (req) => ({ marked: await readAllNotifications({ ctx: req.ctx }), unread_count: 0 }),
  );

  await app.register(settingsRoutes);
};
