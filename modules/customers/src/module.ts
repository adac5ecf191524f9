import { defineModule, eventsIn } from '@nexova/module';
import * as events from './contracts/events/customer-events.v1';
import { customerPermissions } from './http/permissions';
import { customerRoutes } from './http/routes';
import { sealBackfillWorkers } from './seal-worker';
import { seedDemoCustomers } from './use-cases/seed-demo-customers';

/** The customer book as the app mounts it. */
export const customersModule = defineModule({
  name: 'customers',
  routes: [{ name: 'customers', plugin: customerRoutes }],
  seed: (ctx) => seedDemoCustomers({ ctx }),
  workers: (deps) => sealBackfillWorkers(deps),
  permissions: customerPermissions,
  events: eventsIn(events),
});
