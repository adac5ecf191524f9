import type { Config } from '@nexova/config';
import { type DatabaseHandle, queryRows } from '@nexova/db';
import { type EventWorker, senderWorker } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import type { NotificationsRuntime } from '../settings';
import { sendDueMails } from '../use-cases/send-due-mails';
import { NOTIFICATIONS_MAIL_CHANNEL } from './channel';

/**
 * The worker that sends notification e-mails. It wakes when one is queued (notified after the
 * consumer's commit) and sends again at once while it finds some; idle, it asks once per
 * EVENTS_IDLE_POLL_MS whether a retry falls due and polls every NOTIFICATIONS_MAIL_SEND_INTERVAL_MS
 * only while one does. The mailer is called outside any transaction.
 */
export function notificationMailWorkers(
  deps: {
    config: Config;
    database: DatabaseHandle;
    logger?: { error(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
  },
  runtime: NotificationsRuntime,
): EventWorker[] {
  const { db } = deps.database;
  const ctx = { ...systemContext(null, 'notifications'), db };
  return [
    senderWorker('notifications:mailer', {
      database: deps.database,
      channel: NOTIFICATIONS_MAIL_CHANNEL,
      idlePollMs: deps.config.EVENTS_IDLE_POLL_MS,
      sendIntervalMs: runtime.settings.sendIntervalMs,
      anyDueBy: async (horizon) =>
        (
          await queryRows<{ id: string }>(
            db,
            sql`select id from notifications.workspaces_with_due_mails(${horizon.toISOString()}::timestamptz, 1) as id`,
          )
        ).length > 0,
      sendDue: async () =>
        (await sendDueMails({ ctx, input: { mailer: runtime.mailer, settings: runtime.settings } })).claimed,
      logger: deps.logger,
    }),
  ];
}
