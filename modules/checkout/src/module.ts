import { defineModule, eventsIn } from '@nexova/module';
import type { PaymentsRuntime } from '@nexova/payments';
import { checkoutConsumer } from './consumers/checkout.consumer';
import * as events from './contracts/events/saga-events.v1';
import { checkoutRoutes } from './http/routes';

/** Checkout as the app mounts it: its saga requests payments through the app's providers runtime. */
export const checkoutModule = (deps: { payments: PaymentsRuntime }) =>
  defineModule({
    name: 'checkout',
    routes: [{ name: 'checkout', plugin: checkoutRoutes }],
    consumers: [checkoutConsumer(deps)],
    events: eventsIn(events),
  });
