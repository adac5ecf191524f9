import { retainedEventTypes } from '@nexova/events';
import { createMetricsRegistry } from '@nexova/observability';
import type { CommandArgs } from '../cli';
import { composeNexova } from '../modules';
import { runRetention } from '../retention';
import type { CommandContext } from './context';

export const RETENTION_USAGE = 'retention run [--dry-run]';

/** A wrong invocation (the CLI answers it with the usage and exit code 1). */
export class RetentionUsageError extends Error {}

/**
 * `nexova retention run [--dry-run]`: one retention run now, as the worker does it; prints what each
 * class removed (or, dry, would remove) and the dropped audit partitions.
 */
export async function retentionCommand(
  { config, logger, io, openDatabase }: CommandContext,
  { positionals, values }: CommandArgs,
) {
  if (positionals[0] !== 'run') throw new RetentionUsageError(`Usage: nexova ${RETENTION_USAGE}`);
  const dryRun = values['dry-run'] === true;
  const database = await openDatabase();
  try {
    const metrics = createMetricsRegistry({ defaultMetrics: false });
    const keepEventTypes = retainedEventTypes(composeNexova({ config, logger, database, metrics }).readModels);
    const report = await runRetention({ config, db: database.db, logger, keepEventTypes }, { dryRun });
    const verb = dryRun ? 'would remove' : 'removed';
    io.out(`audit   ${verb} ${report.audit.removed} entries\n`);
    if (report.audit.partitions.length > 0)
      io.out(`audit   ${dryRun ? 'would drop' : 'dropped'} partitions ${report.audit.partitions.join(', ')}\n`);
    if (report.events)
      io.out(
        `events  removed ${report.events.outbox} outbox, ${report.events.inbox} inbox, ${report.events.deadLetters} dead-letter rows\n`,
      );
    for (const [name, count] of Object.entries(report.classes))
      if (name !== 'clinical_records') io.out(`${name}  removed ${count} rows\n`);
    io.out(
      `clinical_records  ${dryRun ? 'would shred' : 'shredded'} the health key of ${report.clinicalRecords.shredded} erased people (term ended)\n`,
    );
    for (const c of report.audit.chains)
      if (c.removed > 0) io.out(`  ${c.chainId}  ${c.removed} (keeps ${c.days} days)\n`);
  } finally {
    await database.close();
  }
}
