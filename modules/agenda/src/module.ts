import { defineModule, eventsIn } from '@nexova/module';
import { holdExpiryConsumer } from './consumers/hold-expiry.consumer';
import { patientMergedConsumer } from './consumers/patient-merged.consumer';
import { reminderDueConsumer, reminderSchedulerConsumer } from './consumers/reminder.consumers';
import * as events from './contracts/events/appointment-events.v1';
import * as queueEvents from './contracts/events/queue-events.v1';
import { reminderPage } from './http/pages/reminder-page';
import { agendaPermissions } from './http/permissions';
import { agendaRoutes } from './http/routes';
import type { ReminderSettings } from './reminders/notifier';
import { seedDemoAgenda } from './use-cases/seed-demo-agenda';

/**
 * The clinic's agenda as the app mounts it: routes (clinic workspaces only), the reminder page the
 * reminder mail links to, the hold-expiry, patient-merged and reminder consumers. `reminders` is
 * how it reaches patients (the app wires identity's mailer as its notifier) and signs the links.
 */
export const agendaModule = (reminders: ReminderSettings) =>
  defineModule({
    name: 'agenda',
    routes: [
      { name: 'agenda', plugin: agendaRoutes },
      // The page the reminder mail links to, outside /api/v1.
      { name: 'appointment-reminder-page', plugin: reminderPage, prefix: '', api: false, options: { reminders } },
    ],
    consumers: [
      holdExpiryConsumer,
      patientMergedConsumer,
      reminderSchedulerConsumer(reminders),
      reminderDueConsumer(reminders),
    ],
    seed: (ctx) => seedDemoAgenda({ ctx }),
    permissions: agendaPermissions,
    events: [...eventsIn(events), ...eventsIn(queueEvents)],
  });
