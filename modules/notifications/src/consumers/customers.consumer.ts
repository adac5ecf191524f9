import { defineConsumer } from '@nexova/events';
import { orderConfirmed } from '@nexova/orders';
import { notifyCustomer } from '../use-cases/notify-customer';

/**
 * Customer-facing notices: an order confirmed (paid) is e-mailed to its customer. `orders.order.shipped`
 * and WhatsApp templates (through conversations' outbound messages) are the next ones here.
 */
export const customerNotificationsConsumer = defineConsumer({
  name: 'notifications.customers',
  events: [orderConfirmed],
  async handle({ ctx, event }) {
    await notifyCustomer({ ctx, input: { event } });
  },
});
