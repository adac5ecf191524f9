import { rebuildReadModel } from '@nexova/events';
import { createMetricsRegistry } from '@nexova/observability';
import type { CommandArgs } from '../cli';
import { composeNexova } from '../modules';
import type { CommandContext } from './context';

export const READ_MODELS_USAGE = 'read-models rebuild [--model NAME] [--workspace ID]';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `nexova read-models rebuild`: empties the read models (all, or `--model`) of every workspace (or
 * `--workspace`) and replays the event log through their consumers, printing a line per workspace.
 * Each workspace is one transaction: its old rows stay until its replay commits.
 */
export async function readModelsCommand(context: CommandContext, args: CommandArgs): Promise<void> {
  const { config, logger, io } = context;
  const [action] = args.positionals;
  const model = args.values.model;
  const workspace = args.values.workspace;
  if (action !== 'rebuild') throw new ReadModelsUsageError(`Usage: nexova ${READ_MODELS_USAGE}`);
  if (workspace !== undefined && (typeof workspace !== 'string' || !UUID.test(workspace)))
    throw new ReadModelsUsageError('--workspace must be a workspace id (a UUID).');
  const database = await context.openDatabase();
  try {
    const deps = { config, logger, database, metrics: createMetricsRegistry({ defaultMetrics: false }) };
    const all = composeNexova(deps).readModels;
    const chosen = model === undefined ? all : all.filter((m) => m.name === model);
    if (chosen.length === 0)
      throw new ReadModelsUsageError(`--model must be one of ${all.map((m) => m.name).join(', ')}, got "${model}".`);
    for (const readModel of chosen) {
      io.out(`Rebuilding ${readModel.name}…\n`);
      const result = await rebuildReadModel(database.db, readModel, {
        workspaceId: workspace as string | undefined,
        onProgress: (p) =>
          io.out(`  ${p.model}: workspace ${p.workspace}/${p.of} ${p.workspaceId}: ${p.events} events\n`),
      });
      io.out(`Rebuilt ${result.model}: ${result.events} events in ${result.workspaces} workspaces.\n`);
    }
  } finally {
    await database.close();
  }
}

export class ReadModelsUsageError extends Error {}
