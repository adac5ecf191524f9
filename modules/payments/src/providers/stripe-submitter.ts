import type { Database } from '@nexova/db';
import { type EventWorker, periodicWorker } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { submitRequestedPayments } from '../use-cases/submit-requested-payments';
import type { PaymentsRuntime } from './runtime';

type Logger = { error(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };

/**
 * The worker that sends recorded Stripe requests (PaymentIntents to create, cancels, refunds) to
 * Stripe every PAYMENTS_SUBMIT_INTERVAL_MS (at once again while it finds work), outside any
 * transaction. None when Stripe is not configured.
 */
export function stripeSubmitterWorkers(deps: {
  runtime: PaymentsRuntime;
  db: Database;
  logger?: Logger;
}): EventWorker[] {
  const { runtime } = deps;
  if (!runtime.stripe) return [];
  const ctx = { ...systemContext(null, 'payments'), db: deps.db };
  return [
    periodicWorker(
      'payments:stripe-submitter',
      runtime.submitIntervalMs,
      async () => {
        const result = await submitRequestedPayments({ ctx, runtime });
        for (const err of result.errors)
          deps.logger?.warn({ err }, 'a Stripe request failed; it is retried after its lease');
        return result.submitted > 0;
      },
      deps.logger,
    ),
  ];
}
