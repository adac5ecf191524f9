import { defineModule, eventsIn } from '@nexova/module';
import * as intentEvents from './contracts/events/intent-events.v1';
import * as paymentEvents from './contracts/events/payment-events.v1';
import { receiptFileOwner } from './files/receipt-file-owner';
import { fileRoutes } from './http/file-routes';
import { paymentPermissions } from './http/permissions';
import { paymentRoutes } from './http/routes';
import type { PaymentsRuntime } from './providers/runtime';
import { stripeSubmitterWorkers } from './providers/stripe-submitter';

/** Payments as the app mounts them, over the app's one providers runtime (createPaymentsRuntime). */
export const paymentsModule = (runtime: PaymentsRuntime) =>
  defineModule({
    name: 'payments',
    routes: [
      { name: 'payments', plugin: paymentRoutes, options: { payments: runtime } },
      { name: 'files', plugin: fileRoutes, prefix: '', api: false },
    ],
    workers: (deps) => [
      // Stripe is called here, outside any transaction, for the requests the checkout saga recorded.
      ...stripeSubmitterWorkers({ runtime, db: deps.database.db, logger: deps.logger }),
    ],
    files: [receiptFileOwner],
    permissions: paymentPermissions,
    events: eventsIn(intentEvents, paymentEvents),
  });
