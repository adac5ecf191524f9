import { type EventWorker, periodicWorker } from '@nexova/events';
import { fileStoreOf } from './app-files';
import { deleteRequestedFiles } from './delete-files';
import type { OrphanFileSweeperDeps } from './orphan-file-sweeper';

/**
 * The worker that deletes the files transactions asked to delete (requestFileDeletion), every
 * FILES_DELETION_INTERVAL_MS and again at once while a batch came back full. Safe on several workers.
 */
export function createFileDeletionWorker({ config, database, logger }: OrphanFileSweeperDeps): EventWorker {
  const store = fileStoreOf(config);
  const batch = 500;
  const worker = periodicWorker(
    'file-deletions',
    config.FILES_DELETION_INTERVAL_MS,
    async () => {
      const deleted = await deleteRequestedFiles(database.db, store, batch);
      if (deleted > 0) logger.info({ deleted }, 'requested files deleted');
      return deleted === batch;
    },
    logger,
  );
  return {
    ...worker,
    async stop() {
      await worker.stop();
      await store.close();
    },
  };
}
