import { defineModule, eventsIn } from '@nexova/module';
import { holdExpiryConsumer } from './consumers/hold-expiry.consumer';
import * as events from './contracts/events/appointment-events.v1';
import { agendaPermissions } from './http/permissions';
import { agendaRoutes } from './http/routes';

/** The clinic's agenda as the app mounts it: routes (clinic workspaces only) and the hold-expiry consumer. */
export const agendaModule = defineModule({
  name: 'agenda',
  routes: [{ name: 'agenda', plugin: agendaRoutes }],
  consumers: [holdExpiryConsumer],
  permissions: agendaPermissions,
  events: eventsIn(events),
});
