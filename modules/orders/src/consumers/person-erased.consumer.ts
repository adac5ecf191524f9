import { personErased } from '@nexova/customers';
import { defineConsumer } from '@nexova/events';
import { pseudonymiseCustomerOrders } from '../use-cases/pseudonymise-customer-orders';

/** An erased person's orders stay, pseudonymised: their delivery details stop naming them. */
export const personErasedConsumer = defineConsumer({
  name: 'orders.person-erased',
  events: [personErased],
  async handle({ ctx, event }) {
    await pseudonymiseCustomerOrders({
      ctx,
      input: { customerIds: event.payload.erased_ids, pseudonym: event.payload.pseudonym },
    });
  },
});
