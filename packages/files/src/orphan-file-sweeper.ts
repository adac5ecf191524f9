import type { Config } from '@nexova/config';
import type { Database } from '@nexova/db';
import { type EventWorker, periodicWorker } from '@nexova/events';
import { fileStoreOf } from './app-files';
import { checkFileOwners, type FileOwner } from './file-owner';
import { sweepOrphanFiles } from './sweep-orphan-files';

type Log = { info(obj: object, msg: string): void; error(obj: object, msg?: string): void };
export type OrphanFileSweeperDeps = { config: Config; database: { db: Database }; logger: Log };

/**
 * The worker job that deletes stored files their owner no longer references once they are older than
 * FILES_ORPHAN_GRACE_MINUTES, every FILES_SWEEP_INTERVAL_MS (the events package's periodic loop). The app
 * builds one over every module's `files`. Safe on several workers at once (deleting a missing file is
 * not an error).
 */
export function createOrphanFileSweeper(
  { config, database, logger }: OrphanFileSweeperDeps,
  owners: FileOwner[],
): EventWorker & { sweep(): Promise<number> } {
  checkFileOwners(owners);
  const store = fileStoreOf(config);
  const sweep = async () => {
    const input = { store, owners, graceMs: config.FILES_ORPHAN_GRACE_MINUTES * 60_000 };
    const deleted = await sweepOrphanFiles({ ctx: { db: database.db }, input });
    if (deleted > 0) logger.info({ deleted }, 'orphan files swept');
    return deleted;
  };
  const worker = periodicWorker(
    'orphan-file-sweeper',
    config.FILES_SWEEP_INTERVAL_MS,
    async () => {
      await sweep();
      return false; // one sweep per interval: a sweep already takes every orphan it finds
    },
    logger,
  );
  return {
    ...worker,
    async stop() {
      await worker.stop();
      await store.close();
    },
    /** One sweep now (tests, the CLI); resolves to how many files were deleted. */
    sweep,
  };
}
