import { type AuditPurge, purgeAuditTrail, recordRetentionRun } from '@nexova/audit';
import type { Config } from '@nexova/config';
import type { Database } from '@nexova/db';
import { periodicWorker } from '@nexova/events';
import { newId } from '@nexova/kernel';
import type { Logger, Registry } from '@nexova/observability';
import { Counter } from 'prom-client';
import type { Worker, WorkerDeps } from './workers';

const COUNTER = 'nexova_retention_removed_rows_total';

export type RetentionReport = { runId: string; dryRun: boolean; audit: AuditPurge };

/**
 * One retention run over every data class wired here (today: the audit trail; events and idempotency
 * records keep their own sweepers). Logs one `retention.class` line per class with its counts, adds
 * them to the nexova_retention_removed_rows_total counter and stores the run (GET /retention).
 */
export async function runRetention(
  deps: { config: Config; db: Database; logger: Pick<Logger, 'info'>; metrics?: Registry },
  options: { now?: Date; dryRun?: boolean } = {},
): Promise<RetentionReport> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const runId = newId();
  const audit = await purgeAuditTrail(deps.db, {
    now,
    defaultDays: deps.config.RETENTION_AUDIT_DAYS,
    batchRows: deps.config.RETENTION_BATCH_ROWS,
    dryRun,
    runId,
  });
  deps.logger.info(
    { retention_run: runId, class: 'audit', dry_run: dryRun, removed: audit.removed, partitions: audit.partitions },
    'retention.class',
  );
  if (!dryRun && deps.metrics) counterOf(deps.metrics).inc({ class: 'audit' }, audit.removed);
  await recordRetentionRun(deps.db, { id: runId, now, dryRun, removed: { audit: audit.removed } });
  return { runId, dryRun, audit };
}

function counterOf(metrics: Registry): Counter {
  return (
    (metrics.getSingleMetric(COUNTER) as Counter | undefined) ??
    new Counter({
      name: COUNTER,
      help: 'Rows the retention worker removed, per data class.',
      labelNames: ['class'],
      registers: [metrics],
    })
  );
}

/** The retention worker: a run every RETENTION_INTERVAL_MS (safe on several workers: removals are idempotent). */
export function createRetentionWorker(deps: WorkerDeps): Worker {
  return periodicWorker(
    'retention',
    deps.config.RETENTION_INTERVAL_MS,
    async () => {
      await runRetention({ config: deps.config, db: deps.database.db, logger: deps.logger, metrics: deps.metrics });
      return false;
    },
    deps.logger,
  );
}
