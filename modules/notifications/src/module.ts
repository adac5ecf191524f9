import { defineModule, eventsIn } from '@nexova/module';
import { customerNotificationsConsumer } from './consumers/customers.consumer';
import { staffNotificationsConsumer } from './consumers/staff.consumer';
import * as events from './contracts/events/notification-events.v1';
import { notificationPermissions } from './http/permissions';
import { notificationRoutes } from './http/routes';
import { notificationMailWorkers } from './sender/workers';
import type { NotificationsRuntime } from './settings';

/**
 * Notifications as the app mounts them: the member's feed and switches, the consumer that turns
 * other modules' events into feed rows and queued mails, and the worker that sends those mails
 * (the app wires identity's mailer into `runtime`).
 */
export const notificationsModule = (runtime: NotificationsRuntime) =>
  defineModule({
    name: 'notifications',
    routes: [{ name: 'notifications', plugin: notificationRoutes }],
    consumers: [customerNotificationsConsumer, staffNotificationsConsumer(runtime.settings)],
    // Mails queued by the notifications.staff consumer are sent here, outside any transaction.
    workers: (deps) => notificationMailWorkers(deps, runtime),
    permissions: notificationPermissions,
    events: eventsIn(events),
    titles: {
      notification_not_found: { es: 'Notificación no encontrada', 'pt-BR': 'Notificação não encontrada' },
      notifications_member_only: {
        es: 'Las notificaciones son de un miembro',
        'pt-BR': 'As notificações são de um membro',
      },
    },
  });
