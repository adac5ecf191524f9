import { ensureCheckpoint } from './checkpoint';
import { NatsLink } from './nats-connection';
import { natsLoops } from './nats-loops';
import { NatsTopology } from './nats-setup';
import { natsNames } from './nats-subjects';
import { type EventWorker, type TransportOptions, transportSettings } from './transport-options';
import { Wakeup } from './wakeup';

export { deleteNatsStreams } from './nats-setup';

export type NatsOptions = TransportOptions & {
  url: string;
  /** Prefix of stream names, durable names and subjects (tests use a unique one per run). Default none. */
  prefix?: string;
  /** Stream retention (max_age). Default 7 days. */
  retentionMs?: number;
  /** JetStream duplicate window (must be shorter than the outbox retention). Default 2 minutes. */
  duplicateWindowMs?: number;
  /**
   * Delivery attempts JetStream makes when a message is not acknowledged. Default -1, unlimited:
   * a handler's failures are counted, retried and dead-lettered by the database retry queue, while
   * deliveries that never reached a handler (database down, a worker killed) must not use up a
   * limit past which JetStream would stop delivering the message silently.
   */
  maxDeliver?: number;
  /**
   * How long JetStream waits for an ack before redelivering: what a killed or disconnected worker had
   * fetched comes back after this. A live worker renews it (working()) every third of it for every
   * message it holds, so it need not cover a batch. Default 10 s.
   */
  ackWaitMs?: number;
  /**
   * Transactions each pull loop (a consumer on one domain) runs at once, each on its own connection.
   * Default 4.
   */
  groupConcurrency?: number;
  /**
   * How long a transaction handling several partitions (aggregates) together may wait for a row
   * lock before it is rolled back and each partition runs in a transaction of its own (nats-group.ts
   * handleParts). 0: always a transaction per partition. Default 50 ms.
   */
  groupLockWaitMs?: number;
  /**
   * Batches (of batchSize events) one relay transaction publishes at most, reading each next one
   * while JetStream acknowledges the previous. Default 4.
   */
  relayBatches?: number;
};

const DAY = 24 * 60 * 60 * 1000;

export type NatsTransport = {
  name: 'nats';
  workers: EventWorker[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Creates or updates streams and durable consumers (idempotent; `nexova events setup`). */
  setup(): Promise<void>;
  /** Deletes and re-creates the durable consumers so everything in the streams is delivered again. */
  resetConsumers(): Promise<void>;
  /** Closes the NATS connection and opens a new one (tests: a connection lost mid-stream). */
  reconnect(): Promise<void>;
};

/**
 * The JetStream transport: a relay publishes outbox rows in log order to `<domain>.<entity>.<action>.v<N>`
 * with Nats-Msg-Id = event id (a relay crash between publish and checkpoint republishes harmlessly
 * within the duplicate window); durable pull consumers with explicit acks hand each message to the
 * same inbox-in-one-transaction processing as the embedded transport. Handler failures use the
 * database retry queue (per-aggregate order, backoff, dead letters); a message whose transaction
 * could not commit is nak'ed and redelivered by JetStream with backoff, up to max_deliver.
 */
export function createNatsTransport(options: NatsOptions): NatsTransport {
  const { database, consumers, logger } = options;
  const retentionMs = options.retentionMs ?? 7 * DAY;
  const names = natsNames(options.prefix ?? '');
  const wakeup = new Wakeup(database, logger);
  const link = new NatsLink(options.url);
  const ackWaitMs = options.ackWaitMs ?? 10_000;
  const topology = new NatsTopology(link, names, consumers, {
    retentionMs,
    duplicateWindowMs: Math.min(options.duplicateWindowMs ?? 2 * 60 * 1000, retentionMs),
    maxDeliver: options.maxDeliver ?? -1,
    ackWaitMs,
  });
  const setup = () => topology.setup();

  let running = false;
  let loops: Promise<void>[] = [];
  const context = {
    ...transportSettings(options),
    database,
    link,
    names,
    topology,
    wakeup,
    logger,
    ackWaitMs,
    groupConcurrency: Math.max(1, options.groupConcurrency ?? 4),
    groupLockWaitMs: Math.max(0, options.groupLockWaitMs ?? 50),
    relayBatches: Math.max(1, options.relayBatches ?? 4),
    running: () => running,
  };

  const start = async () => {
    if (running) return;
    await link.open();
    await ensureCheckpoint(database.db, names.relayName);
    for (const c of consumers) await ensureCheckpoint(database.db, c.name);
    await setup();
    await wakeup.start();
    running = true;
    loops = natsLoops(context, consumers);
  };

  const stop = async () => {
    if (!running) return;
    running = false;
    wakeup.wakeAll();
    await Promise.all(loops);
    await wakeup.stop();
    await link.close();
  };

  const resetConsumers = async () => {
    const wasRunning = running;
    await stop();
    await link.open();
    await topology.deleteDurables();
    await link.close();
    if (wasRunning) await start();
  };

  const reconnect = async () => {
    await link.close();
    await link.open();
  };

  return {
    name: 'nats',
    start,
    stop,
    setup,
    resetConsumers,
    reconnect,
    workers: [{ name: 'events:nats', start, stop }],
  };
}
