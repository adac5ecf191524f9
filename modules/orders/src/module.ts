import { defineModule, eventsIn } from '@nexova/module';
import { customerMergedConsumer } from './consumers/customer-merged.consumer';
import { personErasedConsumer } from './consumers/person-erased.consumer';
import * as events from './contracts/events/order-events.v1';
import { orderPermissions } from './http/permissions';
import { orderRoutes } from './http/routes';
import { seedDemoOrders } from './use-cases/seed-demo-orders';

/** Orders as the app mounts them: routes, the customer-merged consumer, demo orders. */
export const ordersModule = defineModule({
  name: 'orders',
  routes: [{ name: 'orders', plugin: orderRoutes }],
  consumers: [customerMergedConsumer, personErasedConsumer],
  seed: (ctx) => seedDemoOrders({ ctx }),
  permissions: orderPermissions,
  events: eventsIn(events),
});
