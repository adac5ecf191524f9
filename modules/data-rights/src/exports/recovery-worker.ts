import { type EventWorker, staleJobWorker } from '@nexova/events';
import { appFiles } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import type { ModuleDeps } from '@nexova/module';
import { loadPersonExport } from './export-store';
import { runPersonExport } from './run-export';

/**
 * Person exports a stopped process left queued or running (their heartbeat older than
 * EXPORT_STALE_AFTER_MS): claimed when the worker starts and every EXPORT_RECOVERY_INTERVAL_MS, run
 * again from the start (the archive is written once, at the end), or failed with the reason after
 * EXPORT_MAX_ATTEMPTS runs.
 */
export function personExportRecoveryWorker(deps: ModuleDeps): EventWorker {
  const files = appFiles(deps.config);
  return staleJobWorker({
    name: 'data-rights:export-recovery',
    fn: 'data_rights.claim_stale_exports',
    db: deps.database.db,
    intervalMs: deps.config.EXPORT_RECOVERY_INTERVAL_MS,
    staleAfterMs: deps.config.EXPORT_STALE_AFTER_MS,
    maxAttempts: deps.config.EXPORT_MAX_ATTEMPTS,
    logger: deps.logger,
    resume: async (job, signal) => {
      const ctx = { ...systemContext(job.workspaceId, 'data-rights.export-recovery'), db: deps.database.db };
      const row = await loadPersonExport(ctx, job.id);
      if (!row) return;
      await runPersonExport(ctx, {
        exportId: row.id,
        personId: row.personId,
        fileKey: `person-exports/${row.workspaceId}/${row.id}.zip`,
        files,
        heartbeatMs: deps.config.EXPORT_HEARTBEAT_MS,
        signal,
      });
    },
  });
}
