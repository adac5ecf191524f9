import type { Config } from '@nexova/config';
import type { DatabaseHandle } from '@nexova/db';
import { createIdempotencySweeper } from '@nexova/http';
import type { Logger, Registry } from '@nexova/observability';
import { configurePayments, createOrphanFileSweeper, stripeSubmitterWorkers } from '@nexova/payments';
import { webhookSenderWorkers } from '@nexova/webhooks';
import { eventWorkers } from './events';

/** A background loop (outbox relay, consumers, timers, sweepers) that starts and drains on signal. */
export type Worker = { name: string; start(): Promise<void>; stop(): Promise<void> };

export type WorkerDeps = { config: Config; logger: Logger; database: DatabaseHandle; metrics: Registry };

/** Factories for every worker this process runs in the `worker` and `all` roles. */
export const workerFactories: ((deps: WorkerDeps) => Worker[])[] = [
  eventWorkers,
  (deps) => [createIdempotencySweeper(deps), createOrphanFileSweeper(deps)],
  // Stripe is called here, outside any transaction, for the requests the checkout saga recorded.
  (deps) => stripeSubmitterWorkers({ config: deps.config, db: deps.database.db, logger: deps.logger }),
  // Webhook deliveries recorded by the webhooks.fan-out consumer are POSTed here, outside any transaction.
  (deps) => webhookSenderWorkers({ config: deps.config, db: deps.database.db, logger: deps.logger }),
];

export function createWorkers(deps: WorkerDeps): Worker[] {
  // Consumers (the checkout saga) request payments with only a context: bind the providers first.
  configurePayments({ config: deps.config, db: deps.database.db });
  return workerFactories.flatMap((factory) => factory(deps));
}
