import { defineModule, eventsIn } from '@nexova/module';
import { reservationExpiryConsumer } from './consumers/reservation-expiry.consumer';
import * as events from './contracts/events/stock-events.v1';
import { inventoryPermissions } from './http/permissions';
import { inventoryRoutes } from './http/routes';

/** Inventory as the app mounts it: stock routes and the reservation-expiry consumer. */
export const inventoryModule = defineModule({
  name: 'inventory',
  routes: [{ name: 'inventory', plugin: inventoryRoutes }],
  consumers: [reservationExpiryConsumer],
  permissions: inventoryPermissions,
  events: eventsIn(events),
});
