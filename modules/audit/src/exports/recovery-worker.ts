import { type EventWorker, staleJobWorker } from '@nexova/events';
import { appFiles } from '@nexova/files';
import { systemContext } from '@nexova/kernel';
import type { ModuleDeps } from '@nexova/module';
import type { ExportFormat } from '../contracts/export';
import { filtersOf } from '../db/entry-filters';
import { loadExport } from './export-store';
import { runExport } from './run-export';

/**
 * Audit exports a stopped process left queued or running (their heartbeat older than
 * EXPORT_STALE_AFTER_MS): claimed when the worker starts and every EXPORT_RECOVERY_INTERVAL_MS, run
 * again from the start (the file is written once, at the end), or failed with the reason after
 * EXPORT_MAX_ATTEMPTS runs.
 */
export function auditExportRecoveryWorker(deps: ModuleDeps): EventWorker {
  const files = appFiles(deps.config);
  return staleJobWorker({
    name: 'audit:export-recovery',
    fn: 'audit.claim_stale_exports',
    db: deps.database.db,
    intervalMs: deps.config.EXPORT_RECOVERY_INTERVAL_MS,
    staleAfterMs: deps.config.EXPORT_STALE_AFTER_MS,
    maxAttempts: deps.config.EXPORT_MAX_ATTEMPTS,
    logger: deps.logger,
    resume: async (job, signal) => {
      const ctx = { ...systemContext(job.workspaceId, 'audit.export-recovery'), db: deps.database.db };
      const row = await loadExport(ctx, job.id);
      if (!row) return;
      await runExport(ctx, {
        exportId: row.id,
        format: row.format as ExportFormat,
        filters: filtersOf(row.filters),
        store: files.store,
        maxRows: deps.config.AUDIT_EXPORT_MAX_ROWS,
        batchRows: deps.config.AUDIT_EXPORT_BATCH_ROWS,
        heartbeatMs: deps.config.EXPORT_HEARTBEAT_MS,
        signal,
      });
    },
  });
}
