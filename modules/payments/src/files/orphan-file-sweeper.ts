import type { Config } from '@nexova/config';
import type { Database } from '@nexova/db';
import { sweepOrphanFiles } from '../use-cases/sweep-orphan-files';
import { fileStoreOf } from './receipt-files';

type Log = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };

export type OrphanFileSweeperDeps = { config: Config; database: { db: Database }; logger: Log };

/**
 * The worker job that deletes receipt files no payment references once they are older than
 * FILES_ORPHAN_GRACE_MINUTES, every FILES_SWEEP_INTERVAL_MS. Safe on several workers at once
 * (deleting a missing file is not an error).
 */
export function createOrphanFileSweeper({ config, database, logger }: OrphanFileSweeperDeps) {
  const store = fileStoreOf(config);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const sweep = async () => {
    const input = { store, graceMs: config.FILES_ORPHAN_GRACE_MINUTES * 60_000 };
    const deleted = await sweepOrphanFiles({ ctx: { db: database.db }, input });
    if (deleted > 0) logger.info({ deleted }, 'orphan receipt files swept');
    return deleted;
  };
  const tick = () => {
    running ??= sweep()
      .then(() => undefined)
      .catch((error: unknown) => logger.warn({ err: error }, 'orphan file sweep failed'))
      .finally(() => {
        running = undefined;
      });
  };

  return {
    name: 'orphan-file-sweeper',
    async start() {
      tick();
      timer = setInterval(tick, config.FILES_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
      await store.close();
    },
    /** One sweep now (tests, the CLI); resolves to how many files were deleted. */
    sweep,
  };
}
