import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { agendaSettingsBody, agendaSettingsSchema } from '../contracts/settings';
import { getAgendaSettings, putAgendaSettings } from '../use-cases/agenda-settings';

const tags = ['agenda'];

/** /agenda/settings: the workspace's reminder policy (on/off, lead time over the deployment's default). */
export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const defaultMinutes = app.config.AGENDA_REMINDER_MINUTES_BEFORE;
  app.get(
    '/agenda/settings',
    {
      config: { permission: 'appointments:read', versioned: true },
      schema: {
        operationId: 'getAgendaSettings',
        summary: "The workspace's agenda settings (appointment reminders)",
        tags,
        response: { 200: agendaSettingsSchema },
      },
    },
    async (req) => getAgendaSettings({ ctx: req.ctx, input: { defaultMinutes } }),
  );

  app.put(
    '/agenda/settings',
    {
      config: { permission: 'appointments:manage', versioned: true },
      schema: {
        operationId: 'putAgendaSettings',
        summary: 'Turn appointment reminders on or off and set how long before the start they go out',
        description:
          'Appointments booked from now on follow it. A reminder already scheduled keeps its moment, and is not sent when reminders were turned off meanwhile. `reminder_minutes_before: null` goes back to the default (AGENDA_REMINDER_MINUTES_BEFORE).',
        tags,
        body: agendaSettingsBody,
        response: { 200: agendaSettingsSchema },
      },
    },
    async (req) =>
      putAgendaSettings({
        ctx: req.ctx,
        input: {
          remindersEnabled: req.body.reminders_enabled,
          reminderMinutesBefore: req.body.reminder_minutes_before,
          expectedVersion: ifMatchVersion(req),
          defaultMinutes,
        },
      }),
  );
};
