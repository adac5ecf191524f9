import { defineModule, eventsIn } from '@nexova/module';
import * as events from './contracts/events/product-events.v1';
import { catalogPermissions } from './http/permissions';
import { catalogRoutes } from './http/routes';
import { seedDemoCatalog } from './use-cases/seed-demo-catalog';

/** The catalog as the app mounts it. */
export const catalogModule = defineModule({
  name: 'catalog',
  routes: [{ name: 'catalog', plugin: catalogRoutes }],
  seed: (ctx) => seedDemoCatalog({ ctx }),
  permissions: catalogPermissions,
  events: eventsIn(events),
});
