import { appointmentBooked } from '@nexova/agenda';
import { defineConsumer } from '@nexova/events';
import { orderConfirmed, orderShipped } from '@nexova/orders';
import { notifyAppointmentBooked } from '../use-cases/notify-appointment-booked';
import { notifyCustomer } from '../use-cases/notify-customer';

/**
 * Customer-facing notices: an order confirmed (paid) or shipped, an appointment booked — over
 * WhatsApp (a template on the customer's conversation) and/or by e-mail, as the workspace's switches
 * say. Appointment reminders come through agenda's notifier (the app wires reachCustomer to it).
 */
export const customerNotificationsConsumer = defineConsumer({
  name: 'notifications.customers',
  background: true, // a notice 200 ms later is as good: a burst of commits is told in one transaction
  events: [orderConfirmed, orderShipped, appointmentBooked],
  async handle({ ctx, event }) {
    if (event.type === appointmentBooked.type) await notifyAppointmentBooked({ ctx, input: { event } });
    else await notifyCustomer({ ctx, input: { event } });
  },
});
