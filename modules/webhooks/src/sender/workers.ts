import type { Config } from '@nexova/config';
import type { Database } from '@nexova/db';
import { type EventWorker, periodicWorker } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { webhookSettings } from '../settings';
import { sendDueDeliveries } from '../use-cases/send-due-deliveries';

/**
 * The worker that sends due webhook deliveries (new, retried, redelivered, pings) every
 * WEBHOOKS_SEND_INTERVAL_MS, and again at once while it finds some. HTTP calls run outside any
 * database transaction.
 */
export function webhookSenderWorkers(deps: {
  config: Config;
  db: Database;
  logger?: { error(obj: object, msg?: string): void };
}): EventWorker[] {
  const settings = webhookSettings(deps.config);
  const ctx = { ...systemContext(null, 'webhooks'), db: deps.db };
  return [
    periodicWorker(
      'webhooks:sender',
      settings.sendIntervalMs,
      async () => (await sendDueDeliveries({ ctx, input: { settings } })).sent > 0,
      deps.logger,
    ),
  ];
}
