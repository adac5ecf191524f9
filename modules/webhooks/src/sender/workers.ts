import type { Config } from '@nexova/config';
import { type DatabaseHandle, queryRows } from '@nexova/db';
import { type EventWorker, senderWorker } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { webhookSettings } from '../settings';
import { sendDueDeliveries } from '../use-cases/send-due-deliveries';
import { WEBHOOKS_CHANNEL } from './channel';

/**
 * The worker that sends due webhook deliveries (new, retried, redelivered, pings). It wakes when a
 * delivery is written (WEBHOOKS_CHANNEL, notified after commit), and sends again at once while it
 * finds some. Idle, it asks once per EVENTS_IDLE_POLL_MS whether any delivery falls due within that
 * window (one statement) and polls every WEBHOOKS_SEND_INTERVAL_MS only while one does (a retry).
 * HTTP calls run outside any database transaction.
 */
export function webhookSenderWorkers(deps: {
  config: Config;
  database: DatabaseHandle;
  logger?: { error(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}): EventWorker[] {
  const settings = webhookSettings(deps.config);
  const { db } = deps.database;
  const ctx = { ...systemContext(null, 'webhooks'), db };
  return [
    senderWorker('webhooks:sender', {
      database: deps.database,
      channel: WEBHOOKS_CHANNEL,
      idlePollMs: deps.config.EVENTS_IDLE_POLL_MS,
      sendIntervalMs: settings.sendIntervalMs,
      anyDueBy: async (horizon) =>
        (
          await queryRows<{ id: string }>(
            db,
            sql`select id from webhooks.workspaces_with_due_deliveries(${horizon.toISOString()}::timestamptz, 1) as id`,
          )
        ).length > 0,
      sendDue: async () => (await sendDueDeliveries({ ctx, input: { settings } })).sent,
      logger: deps.logger,
    }),
  ];
}
