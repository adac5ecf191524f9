import { defineConsumer } from '@nexova/events';
import { orderConfirmed, orderShipped } from '@nexova/orders';
import { notifyCustomer } from '../use-cases/notify-customer';

/**
 * Customer-facing notices about orders: confirmed (paid) and shipped, over WhatsApp (a template on
 * the customer's conversation) and/or by e-mail, as the workspace's switches say. Appointment
 * reminders come through agenda's notifier (the app wires reachCustomer to it).
 */
export const customerNotificationsConsumer = defineConsumer({
  name: 'notifications.customers',
  events: [orderConfirmed, orderShipped],
  async handle({ ctx, event }) {
    await notifyCustomer({ ctx, input: { event } });
  },
});
