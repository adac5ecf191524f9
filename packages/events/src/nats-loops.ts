import type { DatabaseHandle } from '@nexova/db';
import type { ConsumerDefinition } from './consumer';
import type { NatsLink } from './nats-connection';
import { Dispatcher } from './nats-dispatch';
import { handleParts, moveCheckpointTo } from './nats-group';
import { type PullOptions, pullOnce } from './nats-pull';
import { relayBatch } from './nats-relay';
import type { NatsTopology } from './nats-setup';
import { consumerDomains, type NatsNames } from './nats-subjects';
import { outcomeHooks } from './outcome-hooks';
import { retryDue } from './retry-due';
import type { TransportLogger, TransportSettings } from './transport-options';
import type { Wakeup } from './wakeup';
import { runLoop } from './worker-loop';

export type NatsLoopContext = TransportSettings & {
  database: DatabaseHandle;
  link: NatsLink;
  names: NatsNames;
  topology: NatsTopology;
  wakeup: Wakeup;
  logger: TransportLogger | undefined;
  /** The durables' ack wait (heartbeats are sent every third of it). */
  ackWaitMs: number;
  /** Transactions a pull loop runs at once. */
  groupConcurrency: number;
  /** Lock wait of a transaction of several partitions (0: one transaction per partition). */
  groupLockWaitMs: number;
  /** Batches one relay transaction publishes at most. */
  relayBatches: number;
  running(): boolean;
};

/** A channel nobody notifies: the retry loop waits on it for its poll only. */
const RETRY_POLL = 'nexova_nats_retry_poll';

/**
 * The loops a started JetStream transport runs until it stops: the outbox relay, one pull loop per
 * consumer and domain (its durable on that domain's stream), and one retry loop per consumer (the
 * database retry queue). A loop that fails backs off (up to 10 s) and tries again.
 */
export function natsLoops(ctx: NatsLoopContext, consumers: ConsumerDefinition[]): Promise<void>[] {
  const { database, names, link, wakeup, batchSize, pollMs, retry, metrics } = ctx;
  const guarded = (what: string, step: () => Promise<void>) =>
    runLoop(
      {
        running: ctx.running,
        wakeup,
        pollMs,
        maxDoublings: 6,
        capMs: 10_000,
        dependencies: [database.availability, link.reportTo(ctx.logger)],
        onError: (error) => {
          if (ctx.running()) ctx.logger?.error({ err: error, loop: what }, 'event transport loop failed');
        },
      },
      step,
    );
  const hooks = new Map(
    consumers.map((consumer) => [
      consumer.name,
      outcomeHooks({ consumer, transport: 'nats', metrics, logger: ctx.logger, database }),
    ]),
  );
  const group = {
    database,
    retry,
    lockWaitMs: ctx.groupLockWaitMs,
    hooks: (c: ConsumerDefinition) => hooks.get(c.name) ?? {},
  };
  const pull: PullOptions = { link, names, batchSize, pollMs, running: ctx.running };
  const dispatcher = (c: ConsumerDefinition) =>
    new Dispatcher({
      concurrency: ctx.groupConcurrency,
      maxEvents: batchSize,
      retry,
      ackWaitMs: ctx.ackWaitMs,
      running: ctx.running,
      connection: () => link.connection,
      handle: (parts, settled) => handleParts(group, c, parts, settled),
      advance: (top, applied) => moveCheckpointTo(group, c, top, applied),
      checkpointEveryMs: Math.max(pollMs, 250),
    });

  const relayLoop = () =>
    guarded('relay', async () => {
      const n = await relayBatch({
        database,
        names,
        batchSize,
        batches: ctx.relayBatches,
        connection: () => link.connection,
        ensureStream: (d) => ctx.topology.ensureDomain(d),
      });
      if (n === 0) await wakeup.wait(pollMs);
    });
  const pullLoop = async (c: ConsumerDefinition, domain: string) => {
    const held = dispatcher(c);
    try {
      await guarded(`${c.name}/${domain}`, async () => {
        // Messages fetched while the database is down could only be nak'ed, using up their deliveries.
        if (!database.availability.reachable) return void (await wakeup.wait(pollMs));
        if (!(await pullOnce(pull, c, domain, held))) await wakeup.wait(pollMs);
      });
    } finally {
      // Stopping: the partitions in hand finish, every other message held goes back to JetStream now.
      await held.close();
    }
  };
  const retryLoop = (c: ConsumerDefinition) =>
    guarded(`${c.name}/retries`, async () => {
      const n = await retryDue(database, c, { batchSize, retry, ...group.hooks(c) });
      // A poll, not woken by every commit: a commit adds no retry (a handler's failure does, and its
      // first attempt is EVENTS_RETRY_BASE_MS away), and under load the statement per commit was
      // one in six this transport sent (issue 11). Stopping still wakes it (wakeAll).
      if (n === 0) await wakeup.wait(pollMs, RETRY_POLL);
    });

  return [relayLoop(), ...consumers.flatMap((c) => [...consumerDomains(c).map((d) => pullLoop(c, d)), retryLoop(c)])];
}
