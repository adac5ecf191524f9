import { queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { ensureCheckpoint } from './checkpoint';
import { consumeBatch, consumeStep, type StepOptions } from './consume-batch';
import type { ConsumerDefinition } from './consumer';
import { readHorizon } from './horizon';
import { type ConsumerState, idleGate } from './idle-gate';
import { outcomeHooks } from './outcome-hooks';
import { retryDue } from './retry-due';
import { refreshLag } from './status';
import { type EventWorker, type TransportOptions, transportSettings } from './transport-options';
import { type Interest, Wakeup } from './wakeup';
import { runLoop } from './worker-loop';

// The embedded transport's building blocks, importable from here as before the split.
export { consumeBatch } from './consume-batch';
export { retryDue } from './retry-due';
export { DEFAULT_RETRY, type EventWorker, type TransportLogger, type TransportOptions } from './transport-options';

/** A channel nobody notifies: a gathering consumer's wait ends on time, or at stop() (wakeAll). */
const GATHER_CHANNEL = 'nexova_gather';

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
  const { batchSize, pollMs, idleMs, gatherMs, lanes, retry, metrics } = transportSettings(options);
  const wakeup = new Wakeup(options.database, options.logger);
  const { database, logger } = options;
  const hooks = new Map<string, StepOptions>(
    options.consumers.map((consumer) => [
      consumer.name,
      { batchSize, retry, lanes, ...outcomeHooks({ consumer, transport: 'embedded', metrics, logger, database }) },
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
    options.consumers.map((c) => ({ name: c.name, types: c.events.map((e) => e.type) })),
  );
  /**
   * An idle consumer's wait: until a wake-up (a commit's NOTIFY), its next retry, or the idle
   * fallback — aligned to a multiple of idleMs, so every consumer falls back at the same moment and
   * the gate answers them with one query. Without LISTEN (PGlite, an outage) the short poll.
   */
  const idleWait = (interest: Interest, state: ConsumerState, seen: number) => {
    if (!wakeup.listening) return sleep(interest, pollMs, seen);
    const aligned = idleMs - (Date.now() % idleMs);
    const ms = state.retryInMs === null ? aligned : Math.min(aligned, Math.max(state.retryInMs, 0));
    return sleep(interest, ms, seen);
  };
  // A wait that begins after stop() woke everyone would outlast it (up to idleMs): none then. A
  // wake-up that came while the loop looked for work (after `seen`) ends the wait at once.
  const sleep = (interest: Interest, ms: number, seen: number) =>
    running ? interest.wait(ms, seen) : Promise.resolve();
  /**
   * One consumer's loop. Every pass starts with the shared gate (one statement for all consumers
   * woken together) and reads the log only when an event of its own types is past its checkpoint —
   * a commit of events it does not handle costs it nothing more. On a LISTEN connection it is not
   * even woken by one (its Interest: publish notifies with the type). Past events of other types
   * only, its checkpoint moves at the idle fallback's pace (so the gate's look past it stays short).
   */
  const loop = (consumer: ConsumerDefinition) => {
    const h = hooks.get(consumer.name) as StepOptions;
    const interest = wakeup.interest(consumer.events.map((e) => e.type));
    const labels = { consumer: consumer.name };
    let lastLag = 0;
    let stale = true; // the lag gauge has not been refreshed since the last work (or ever)
    let lastRead = 0; // when the log was last read (0: never — the first pass catches up at once)
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
        const seen = interest.seen;
        let state = await gate(consumer.name);
        const read = state.relevant || (state.behind && Date.now() - lastRead >= idleMs);
        // A background consumer lets a burst gather (stop() ends the wait: wakeAll).
        const gather = consumer.background && read ? lastRead + gatherMs - Date.now() : 0;
        if (gather > 0 && running) await wakeup.wait(gather, GATHER_CHANNEL);
        // The gate's horizon is used only when the read follows it at once (not after gathering).
        const found = read
          ? await consumeStep(options.database, consumer, h, gather > 0 ? undefined : state.horizon)
          : null;
        if (read) lastRead = Date.now();
        const retried =
          state.retryInMs !== null && state.retryInMs <= 0 ? await retryDue(options.database, consumer, h) : 0;
        const work = (found?.read ?? 0) + retried;
        if (work > 0) stale = true;
        if (found?.full || retried > 0) {
          // More may be waiting right now (a full batch; the next event of a retried aggregate).
          if (metrics && Date.now() - lastLag > 1000) {
            lastLag = Date.now();
            await refreshLag(options.database.db, consumer, metrics);
          }
          return;
        }
        // A failure scheduled a retry: its time is read again, so the wait ends when it is due.
        if (found && found.failed > 0) state = await gate(consumer.name);
        if (metrics && stale) {
          // Nothing of ours waits: everything below the horizon was just read and nothing is held
          // above it, or the gate saw nothing of ours past the checkpoint; and no retry is queued.
          const clear = state.retryInMs === null && (found ? !found.heldBack : !state.relevant);
          if (clear) {
            stale = false;
            lastLag = Date.now();
            metrics.lagEvents.set(labels, 0);
            metrics.lagSeconds.set(labels, 0);
          } else if (!found?.heldBack || Date.now() - lastLag > 1000) {
            // Events held above the horizon are read after the short poll, which clears the gauge
            // then: counted here at most once a second, not at every commit of a busy log.
            stale = false;
            lastLag = Date.now();
            await refreshLag(options.database.db, consumer, metrics);
          }
        }
        // Events of ours above the horizon wait for an older transaction to end (which may publish
        // nothing, so no NOTIFY comes): look again after the short poll.
        await (found?.heldBack ? sleep(interest, pollMs, seen) : idleWait(interest, state, seen));
      },
    ).finally(() => interest.drop());
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
