import {
  type AuditPurge,
  appendEntry,
  purgeAuditTrail,
  type RetentionClass,
  recordRetentionRun,
  retentionOverrides,
} from '@nexova/audit';
import { endClinicalTerms } from '@nexova/clinic';
import type { Config } from '@nexova/config';
import { type Database, purgeInBatches } from '@nexova/db';
import { periodicWorker, retainedEventTypes, type SweepResult, sweepEvents } from '@nexova/events';
import { newId } from '@nexova/kernel';
import type { Logger, Registry } from '@nexova/observability';
import { Counter } from 'prom-client';
import type { Composition } from './modules';
import type { Worker, WorkerDeps } from './workers';

const COUNTER = 'nexova_retention_removed_rows_total';

export type RetentionReport = {
  runId: string;
  dryRun: boolean;
  audit: AuditPurge;
  events: SweepResult | null;
  /** Rows removed per other class (webhook deliveries, notifications); empty on a dry run. */
  classes: Record<string, number>;
  /** People whose clinical term ended and whose health key was shredded (or, dry, would be). */
  clinicalRecords: { shredded: number; dryRun: boolean };
};

const DAY_MS = 86_400_000;

/**
 * The classes each owning module purges past RLS with its SECURITY DEFINER function (migrations 0057,
 * 0058, 0061): settled webhook deliveries, the notifications feed, conversation messages (their media
 * files go to the file-deletion worker) and person exports (their archives likewise). Each workspace's
 * own days for the class (PUT /retention) give its own cutoff.
 */
const purgedClasses = (config: Config): [name: RetentionClass, fn: string, days: number][] => [
  ['webhook_deliveries', 'webhooks.purge_deliveries', config.RETENTION_WEBHOOK_DELIVERIES_DAYS],
  ['notifications', 'notifications.purge_feed', config.RETENTION_NOTIFICATIONS_DAYS],
  ['messages', 'conversations.purge_messages', config.RETENTION_MESSAGES_DAYS],
  ['person_exports', 'data_rights.purge_exports', config.RETENTION_PERSON_EXPORTS_DAYS],
];

type RetentionDeps = {
  config: Config;
  db: Database;
  logger: Pick<Logger, 'info'>;
  metrics?: Registry;
  /** Event types the read models replay: never swept (retainedEventTypes). */
  keepEventTypes: readonly string[];
};

/**
 * One retention run over every data class wired here: the audit trail (RETENTION_AUDIT_DAYS, per-workspace
 * overrides), the event log (EVENTS_RETENTION_DAYS), settled webhook deliveries
 * (RETENTION_WEBHOOK_DELIVERIES_DAYS), the notifications feed (RETENTION_NOTIFICATIONS_DAYS), messages,
 * person exports, and the end of erased people's clinical terms (RETENTION_CLINICAL_RECORDS_DAYS: their
 * health key is shredded); a dry run counts the audit trail and the clinical terms only. Logs one `retention.class` line per class with its counts, adds
 * them to the nexova_retention_removed_rows_total counter and stores the run (GET /retention).
 */
export async function runRetention(
  deps: RetentionDeps,
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
  const events = dryRun ? null : await purgeEvents(deps);
  const eventRows = events ? events.outbox + events.inbox + events.deadLetters : 0;
  if (events)
    deps.logger.info(
      { retention_run: runId, class: 'events', dry_run: false, removed: eventRows, ...events },
      'retention.class',
    );
  // Classes each owning module purges past RLS (its SECURITY DEFINER function); a dry run skips them.
  const classes: Record<string, number> = {};
  if (!dryRun) {
    for (const [name, fn, days] of purgedClasses(deps.config)) {
      const cutoffs = cutoffsOf(await retentionOverrides(deps.db, name), now);
      classes[name] = await purgeInBatches(
        deps.db,
        fn,
        new Date(now.getTime() - days * DAY_MS),
        deps.config.RETENTION_BATCH_ROWS,
        cutoffs,
      );
    }
    for (const [name, count] of Object.entries(classes))
      deps.logger.info({ retention_run: runId, class: name, dry_run: false, removed: count }, 'retention.class');
  }
  // The end of the clinical term: erased people's health keys are shredded (a dry run only counts them).
  const clinicalRecords = await endClinicalTerms(deps.db, {
    cutoff: new Date(now.getTime() - deps.config.RETENTION_CLINICAL_RECORDS_DAYS * DAY_MS),
    overrides: cutoffsOf(await retentionOverrides(deps.db, 'clinical_records'), now),
    batch: deps.config.RETENTION_BATCH_ROWS,
    dryRun,
    audit: deps.config.AUDIT_ENABLED ? appendEntry : undefined,
  });
  deps.logger.info(
    { retention_run: runId, class: 'clinical_records', dry_run: dryRun, shredded: clinicalRecords.shredded },
    'retention.class',
  );
  if (!dryRun) classes.clinical_records = clinicalRecords.shredded;
  if (!dryRun && deps.metrics) {
    counterOf(deps.metrics).inc({ class: 'audit' }, audit.removed);
    counterOf(deps.metrics).inc({ class: 'events' }, eventRows);
    for (const [name, count] of Object.entries(classes)) counterOf(deps.metrics).inc({ class: name }, count);
  }
  const removed: Record<string, number> = events
    ? { audit: audit.removed, events: eventRows, ...classes }
    : { audit: audit.removed };
  await recordRetentionRun(deps.db, { id: runId, now, dryRun, removed });
  return { runId, dryRun, audit, events, classes, clinicalRecords };
}

/** Each workspace's own days for a class as its cutoff. */
const cutoffsOf = (own: Record<string, number>, now: Date) =>
  Object.fromEntries(Object.entries(own).map(([ws, d]) => [ws, new Date(now.getTime() - d * DAY_MS)]));

/** The event log's own sweep (its front door), batch after batch until a batch comes back short. */
async function purgeEvents(deps: RetentionDeps): Promise<SweepResult> {
  const total: SweepResult = { outbox: 0, inbox: 0, deadLetters: 0 };
  const batch = deps.config.RETENTION_BATCH_ROWS;
  for (;;) {
    const swept = await sweepEvents(deps.db, deps.config.EVENTS_RETENTION_DAYS, batch, deps.keepEventTypes);
    total.outbox += swept.outbox;
    total.inbox += swept.inbox;
    total.deadLetters += swept.deadLetters;
    if (swept.outbox < batch && swept.inbox < batch) return total;
  }
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
export function createRetentionWorker(deps: WorkerDeps, composition: Pick<Composition, 'readModels'>): Worker {
  const keepEventTypes = retainedEventTypes(composition.readModels);
  return periodicWorker(
    'retention',
    deps.config.RETENTION_INTERVAL_MS,
    async () => {
      await runRetention({
        config: deps.config,
        db: deps.database.db,
        logger: deps.logger,
        metrics: deps.metrics,
        keepEventTypes,
      });
      return false;
    },
    deps.logger,
  );
}
