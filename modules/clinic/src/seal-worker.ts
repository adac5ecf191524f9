import { type EventWorker, periodicWorker } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import type { ModuleDeps } from '@nexova/module';
import { sealClearRecords } from './use-cases/seal-clear-records';

/** Seals clinical rows stored in clear before encryption at rest, in batches, until none is left (then idles). */
export function clinicSealBackfillWorkers(deps: ModuleDeps): EventWorker[] {
  return [
    periodicWorker(
      'clinic:seal-backfill',
      deps.config.PRIVACY_BACKFILL_INTERVAL_MS,
      async () => {
        const { more, ...counts } = await sealClearRecords({
          ctx: { ...systemContext(null, 'clinic.seal-backfill'), db: deps.database.db },
          input: { batch: deps.config.PRIVACY_BACKFILL_BATCH },
        });
        if (Object.values(counts).some((n) => n > 0)) deps.logger.info(counts, 'clinic.sealed_backfill');
        return more;
      },
      deps.logger,
    ),
  ];
}
