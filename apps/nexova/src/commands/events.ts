import { DeadLetterError, discardDeadLetter, getDeadLetter, listDeadLetters, replayDeadLetter } from '@nexova/events';
import { createMetricsRegistry } from '@nexova/observability';
import type { CommandArgs } from '../cli';
import { natsSetup } from '../events';
import { composeNexova } from '../modules';
import { type CommandContext, printJson } from './context';

export const EVENTS_USAGE =
  'events dlq list [--status open|replayed|discarded|all] | dlq show|replay|discard ID | setup';

/** `nexova events …`: dead letters and JetStream setup. Throws Error('usage: …') on bad arguments. */
export async function eventsCommand(context: CommandContext, args: CommandArgs): Promise<void> {
  const { config, logger, io } = context;
  const print = (value: unknown) => printJson(io, value);
  const [area, action, id] = args.positionals;
  const database = await context.openDatabase();
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
