import { type EventWorker, periodicWorker } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import type { ModuleDeps } from '@nexova/module';
import { sealClearPeople } from './use-cases/seal-clear-people';

/** Seals people stored in clear before encryption at rest, in batches, until none is left (then idles). */
export function sealBackfillWorkers(deps: ModuleDeps): EventWorker[] {
  return [
    periodicWorker(
      'customers:seal-backfill',
      deps.config.PRIVACY_BACKFILL_INTERVAL_MS,
      async () => {
        const done = await sealClearPeople({
          ctx: { ...systemContext(null, 'customers.seal-backfill'), db: deps.database.db },
          input: { batch: deps.config.PRIVACY_BACKFILL_BATCH },
        });
        const { more, ...counts } = done;
        if (Object.values(counts).some((n) => n > 0)) deps.logger.info(counts, 'customers.sealed_backfill');
        return more;
      },
      deps.logger,
    ),
  ];
}
