import { defineModule, eventsIn } from '@nexova/module';
import { webhookFanOutConsumer } from './consumers/fan-out.consumer';
import * as events from './contracts/events/endpoint-events.v1';
import { webhookPermissions } from './http/permissions';
import { webhookRoutes } from './http/routes';
import { webhookSenderWorkers } from './sender/workers';

/** Outgoing webhooks as the app mounts them: endpoints, the fan-out of every event, the sender. */
export const webhooksModule = defineModule({
  name: 'webhooks',
  routes: [{ name: 'webhooks', plugin: webhookRoutes }],
  everyEventConsumers: (all) => [webhookFanOutConsumer(all)],
  // Webhook deliveries recorded by the webhooks.fan-out consumer are POSTed here, outside any transaction.
  workers: (deps) => webhookSenderWorkers({ config: deps.config, database: deps.database, logger: deps.logger }),
  permissions: webhookPermissions,
  events: eventsIn(events),
});
