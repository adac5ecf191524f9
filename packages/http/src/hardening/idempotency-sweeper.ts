import type { Config } from '@nexova/config';
import type { DatabaseHandle } from '@nexova/db';
import { sweepExpired } from './idempotency-store';

type Log = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };

export type IdempotencySweeperDeps = { config: Config; database: DatabaseHandle; logger: Log };

const BATCH = 1000;

/**
 * The periodic job that deletes idempotency records older than IDEMPOTENCY_TTL_HOURS, every
 * IDEMPOTENCY_SWEEP_INTERVAL_MS, in batches. Safe on several workers at once (deletes are idempotent).
 */
export function createIdempotencySweeper({ config, database, logger }: IdempotencySweeperDeps) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const sweep = async () => {
    let total = 0;
    for (;;) {
      const deleted = await sweepExpired(database.db, BATCH);
      total += deleted;
      if (deleted < BATCH) break;
    }
    if (total > 0) logger.info({ deleted: total }, 'expired idempotency records swept');
  };
  const tick = () => {
    running ??= sweep()
      .catch((error: unknown) => {
        // A database outage is logged once by the database handle; the next interval sweeps.
        if (!database.availability.report(error)) logger.warn({ err: error }, 'idempotency sweep failed');
      })
      .finally(() => {
        running = undefined;
      });
  };

  return {
    name: 'idempotency-sweeper',
    async start() {
      tick();
      timer = setInterval(tick, config.IDEMPOTENCY_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
    /** One sweep now (tests, the CLI). */
    sweep,
  };
}
