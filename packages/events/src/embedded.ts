import { queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { ensureCheckpoint } from './checkpoint';
import { consumeBatch, type StepOptions } from './consume-batch';
import type { ConsumerDefinition } from './consumer';
import { readHorizon } from './horizon';
import { outcomeHooks } from './outcome-hooks';
import { retryDue } from './retry-due';
import { refreshLag } from './status';
import { type EventWorker, type TransportOptions, transportSettings } from './transport-options';
import { Wakeup } from './wakeup';
import { runLoop } from './worker-loop';

// The embedded transport's building blocks, importable from here as before the split.
export { consumeBatch } from './consume-batch';
export { retryDue } from './retry-due';
export { DEFAULT_RETRY, type EventWorker, type TransportLogger, type TransportOptions } from './transport-options';

export type EmbeddedTransport = {
  name: 'embedded';
  workers: EventWorker[];
  /** Runs every consumer until no work is left (tests, tools). Returns events handled or queued. */
  drain(): Promise<number>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/** The embedded transport: the outbox is the log; one loop per consumer; LISTEN/NOTIFY or a short poll. */
export function createEmbeddedTransport(options: TransportOptions): EmbeddedTransport {
  const { batchSize, pollMs, retry, metrics } = transportSettings(options);
  const wakeup = new Wakeup(options.database, options.logger);
  const { database, logger } = options;
  const hooks = new Map<string, StepOptions>(
    options.consumers.map((consumer) => [
      consumer.name,
      { batchSize, retry, ...outcomeHooks({ consumer, transport: 'embedded', metrics, logger, database }) },
    ]),
  );

  /** Reads the log past the checkpoint, then the due retries. Returns events handled or queued. */
  const step = async (consumer: ConsumerDefinition) => {
    const h = hooks.get(consumer.name) as StepOptions;
    return (await consumeBatch(options.database, consumer, h)) + (await retryDue(options.database, consumer, h));
  };

  let running = false;
  let loops: Promise<void>[] = [];
  const loop = (consumer: ConsumerDefinition) => {
    let lastLag = 0;
    return runLoop(
      {
        running: () => running,
        wakeup,
        pollMs,
        maxDoublings: 8,
        capMs: 30_000,
        dependencies: [options.database.availability],
        onError: (error) =>
          options.logger?.error({ err: error, consumer: consumer.name }, 'event consumer step failed'),
      },
      async () => {
        const work = await step(consumer);
        if (metrics && Date.now() - lastLag > 1000) {
          lastLag = Date.now();
          await refreshLag(options.database.db, consumer, metrics);
        }
        if (work === 0) await wakeup.wait(pollMs);
      },
    );
  };

  const start = async () => {
    if (running) return;
    for (const consumer of options.consumers) await ensureCheckpoint(options.database.db, consumer.name);
    await wakeup.start();
    running = true;
    loops = options.consumers.map((c) => loop(c));
  };
  const stop = async () => {
    if (!running) return;
    running = false;
    wakeup.wakeAll();
    await Promise.all(loops); // each loop finishes its in-flight batch first
    await wakeup.stop();
  };
  // Done when a round finds no work and started after every transaction of this database running
  // at the call had ended (the log horizon passed the call's xmax): an event committed before the
  // call is then below the horizon, and was read.
  const drain = async () => {
    const db = options.database.db;
    for (const consumer of options.consumers) await ensureCheckpoint(db, consumer.name);
    const [call] = await queryRows<{ xmax: string }>(
      db,
      sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`,
    );
    let total = 0;
    for (;;) {
      const past = BigInt(await readHorizon(db)) >= BigInt(call?.xmax ?? '0');
      let work = 0;
      for (const consumer of options.consumers) work += await step(consumer);
      total += work;
      if (work === 0 && past) return total;
      if (work === 0) await wakeup.wait(pollMs);
    }
  };
  return { name: 'embedded', drain, start, stop, workers: [{ name: 'events:embedded', start, stop }] };
}
