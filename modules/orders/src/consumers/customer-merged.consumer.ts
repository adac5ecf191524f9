import { customerMerged } from '@nexova/customers';
import { defineConsumer } from '@nexova/events';
import { reassignCustomerOrders } from '../use-cases/reassign-customer-orders';

/** A merged customer's orders (and with them their payments) move to the survivor. */
export const customerMergedConsumer = defineConsumer({
  name: 'orders.customer-merged',
  critical: true, // a dead letter here can leave a checkout waiting: alert
  events: [customerMerged],
  async handle({ ctx, event }) {
    const { merged_id, survivor_id } = event.payload;
    await reassignCustomerOrders({ ctx, input: { from: merged_id, to: survivor_id } });
  },
});
