import { queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { ensureCheckpoint } from './checkpoint';
import { consumeBatch, type StepOptions } from './consume-batch';
import type { ConsumerDefinition } from './consumer';
import { readHorizon } from './horizon';
import { type ConsumerState, idleGate } from './idle-gate';
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
  const { batchSize, pollMs, idleMs, retry, metrics } = transportSettings(options);
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
  const gate = idleGate(
    options.database.db,
    options.consumers.map((c) => c.name),
  );
  const due = (state: ConsumerState) => state.behind || (state.retryInMs !== null && state.retryInMs <= 0);
  /**
   * An idle consumer's wait: until a wake-up (a commit's NOTIFY), its next retry, or the idle
   * fallback — aligned to a multiple of idleMs, so every consumer falls back at the same moment and
   * the gate answers them with one query. Without LISTEN (PGlite, an outage) the short poll.
   */
  const idleWait = (state: ConsumerState, seen: number) => {
    if (!wakeup.listening) return sleep(pollMs, seen);
    const aligned = idleMs - (Date.now() % idleMs);
    return sleep(state.retryInMs === null ? aligned : Math.min(aligned, Math.max(state.retryInMs, 0)), seen);
  };
  // A wait that begins after stop() woke everyone would outlast it (up to idleMs): none then. A
  // wake-up that came while the loop looked for work (after `seen`) ends the wait at once.
  const sleep = (ms: number, seen: number) => (running ? wakeup.wait(ms, undefined, seen) : Promise.resolve());
  const loop = (consumer: ConsumerDefinition) => {
    let lastLag = 0;
    let stale = true; // the lag gauge has not been refreshed since the last work (or ever)
    let busy = true; // the first pass reads the log at once (catch-up after a start)
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
        const seen = wakeup.seen;
        if (!busy) {
          // One shared statement tells whether anything arrived for this consumer.
          const state = await gate(consumer.name);
          if (!due(state)) return void (await idleWait(state, seen));
        }
        const work = await step(consumer);
        if (work > 0) stale = true;
        if (metrics && stale && (work === 0 || Date.now() - lastLag > 1000)) {
          lastLag = Date.now();
          stale = work > 0;
          await refreshLag(options.database.db, consumer, metrics);
        }
        busy = work > 0;
        if (busy) return;
        // Still behind after a step that found nothing: events above the horizon wait for an older
        // transaction to end (which may publish nothing, so no NOTIFY comes), or a due retry is
        // held by another worker — look again after the short poll, as before.
        const after = await gate(consumer.name);
        await (due(after) ? sleep(pollMs, seen) : idleWait(after, seen));
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
