import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CustomerSwitches, Switches } from '../domain/switches';
import { getNotificationPreferences, putNotificationPreferences } from '../use-cases/notification-preferences';
import { getNotificationSettings, putNotificationSettings } from '../use-cases/notification-settings';
import * as s from './settings.schema';

const tags = ['notifications'];

/** /notifications/settings (the workspace's switches) and /notifications/preferences (the caller's own). */
export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications/settings',
    {
      config: { permission: 'notifications:manage', versioned: true },
      schema: {
        operationId: 'getNotificationSettings',
        summary: 'Which notification kinds go out on which channel in this workspace',
        tags,
        response: { 200: s.settingsSchema },
      },
    },
    async (req) => getNotificationSettings({ ctx: req.ctx }),
  );

  app.put(
    '/notifications/settings',
    {
      config: { permission: 'notifications:manage', versioned: true },
      schema: {
        operationId: 'putNotificationSettings',
        summary: 'Turn notification kinds on or off per channel for the whole workspace',
        description:
          'Events from now on follow it; e-mails already queued still go out. Members may turn off more for themselves (/notifications/preferences), never turn on what is off here.',
        tags,
        body: s.settingsBody,
        response: { 200: s.settingsSchema },
      },
    },
    async (req) =>
      putNotificationSettings({
        ctx: req.ctx,
        input: {
          kinds: req.body.kinds as Switches | undefined,
          customerKinds: req.body.customer_kinds as CustomerSwitches | undefined,
          expectedVersion: ifMatchVersion(req),
        },
      }),
  );

  app.get(
    '/notifications/preferences',
    {
      config: { permission: 'notifications:read', versioned: true },
      schema: {
        operationId: 'getNotificationPreferences',
        summary: "The caller's own notification preferences",
        tags,
        response: { 200: s.preferencesSchema },
      },
    },
    async (req) => getNotificationPreferences({ ctx: req.ctx }),
  );

  app.put(
    '/notifications/preferences',
    {
      config: { permission: 'notifications:read', versioned: true },
      schema: {
        operationId: 'putNotificationPreferences',
        summary: 'Turn notification kinds off (or back on) for oneself; set one’s language',
        tags,
        body: s.preferencesBody,
        response: { 200: s.preferencesSchema },
      },
    },
    async (req) =>
      putNotificationPreferences({
        ctx: req.ctx,
        input: {
          kinds: req.body.kinds as Switches | undefined,
          locale: req.body.locale,
          expectedVersion: ifMatchVersion(req),
        },
      }),
  );
};
