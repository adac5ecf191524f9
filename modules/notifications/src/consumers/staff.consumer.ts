import { appointmentBooked, appointmentCanceled } from '@nexova/agenda';
import { handoffRequested } from '@nexova/conversations';
import { type ConsumerDefinition, defineConsumer } from '@nexova/events';
import { stockLow } from '@nexova/inventory';
import { orderPlaced } from '@nexova/orders';
import { intentFailed, paymentRegistered } from '@nexova/payments';
import type { NotificationSettings } from '../settings';
import { notifyStaff } from '../use-cases/notify-staff';

/**
 * The events staff are told about (domain/kind-rules.ts says what each means), each turned into
 * feed rows and queued mails in this consumer's transaction.
 */
export const STAFF_EVENTS = [
  stockLow,
  orderPlaced,
  paymentRegistered,
  intentFailed,
  appointmentBooked,
  appointmentCanceled,
  handoffRequested,
] as const;

export function staffNotificationsConsumer(settings: Pick<NotificationSettings, 'recipientsMax'>): ConsumerDefinition {
  return defineConsumer({
    name: 'notifications.staff',
    background: true, // a notice 200 ms later is as good: a burst of commits is told in one transaction
    events: STAFF_EVENTS,
    async handle({ ctx, event }) {
      await notifyStaff({ ctx, input: { event, recipientsMax: settings.recipientsMax } });
    },
  });
}
