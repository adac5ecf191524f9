import type { Config } from '@nexova/config';
import { DeadLetterError, discardDeadLetter, getDeadLetter, listDeadLetters, replayDeadLetter } from '@nexova/events';
import { createMetricsRegistry, type Logger } from '@nexova/observability';
import type { CommandArgs } from '../cli';
import { openConfiguredDatabase } from '../database';
import { natsSetup } from '../events';
import { composeNexova } from '../modules';

export const EVENTS_USAGE =
  'events dlq list [--status open|replayed|discarded|all] | dlq show|replay|discard ID | setup';

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** `nexova events …`: dead letters and JetStream setup. Throws Error('usage: …') on bad arguments. */
export async function eventsCommand(config: Config, logger: Logger, args: CommandArgs): Promise<void> {
  const [area, action, id] = args.positionals;
  const database = await openConfiguredDatabase(config, logger);
  try {
    if (area === 'setup') {
      if (!config.NATS_URL) {
        print({ transport: 'embedded', done: true, note: 'NATS_URL is not set: nothing to create.' });
        return;
      }
      const deps = { config, logger, database, metrics: createMetricsRegistry({ defaultMetrics: false }) };
      await natsSetup(deps, composeNexova(deps));
      print({ transport: 'nats', done: true });
      return;
    }
    if (area !== 'dlq') throw new EventsUsageError(`Usage: nexova ${EVENTS_USAGE}`);
    if (action === 'list') {
      const status = (args.values.status as string | undefined) ?? 'open';
      if (!['open', 'replayed', 'discarded', 'all'].includes(status))
        throw new EventsUsageError('--status must be open, replayed, discarded or all.');
      print(await listDeadLetters(database.db, { status: status as 'open' }));
      return;
    }
    if (!id || !['show', 'replay', 'discard'].includes(action ?? '')) {
      throw new EventsUsageError(`Usage: nexova ${EVENTS_USAGE}`);
    }
    if (action === 'show') {
      const found = await getDeadLetter(database.db, id);
      if (!found) throw new EventsUsageError(`No dead letter ${id}.`);
      print(found);
      return;
    }
    try {
      print(action === 'replay' ? await replayDeadLetter(database.db, id) : await discardDeadLetter(database.db, id));
    } catch (error) {
      if (error instanceof DeadLetterError) throw new EventsUsageError(error.message);
      throw error;
    }
  } finally {
    await database.close();
  }
}

export class EventsUsageError extends Error {}
