import { type ConsumerDefinition, defineConsumer, type EventDefinition } from '@nexova/events';
import { fanOutEvent } from '../use-cases/fan-out-event';

/**
 * The consumer that turns every event into webhook deliveries. It subscribes to every event the app
 * declares: the composition builds it from every module object's contracts (webhooksModule's
 * `everyEventConsumers`).
 */
export function webhookFanOutConsumer(events: EventDefinition[]): ConsumerDefinition {
  return defineConsumer({
    name: 'webhooks.fan-out',
    events,
    background: true, // deliveries are sent later anyway: a burst of commits is fanned out in one transaction
    async handle({ ctx, event }) {
      await fanOutEvent({ ctx, input: { event } });
    },
  });
}
