import type { JsMsg } from '@nats-io/jetstream';
import { type RetryPolicy, retryDelayMs } from './backoff';
import type { ConsumerDefinition } from './consumer';
import type { NatsLink } from './nats-connection';
import type { GroupControl } from './nats-group';
import type { NatsNames } from './nats-subjects';
import type { TransportLogger } from './transport-options';

export type PullOptions = {
  link: NatsLink;
  names: NatsNames;
  batchSize: number;
  pollMs: number;
  retry: RetryPolicy;
  /** The durables' ack wait: messages held are marked in progress every third of it. */
  ackWaitMs: number;
  logger?: TransportLogger;
  /** False once the transport is stopping: the aggregate in hand is finished, the rest is nak'ed. */
  running(): boolean;
  /** Handles a group of messages, acknowledging what committed (throws if a transaction did not commit). */
  handleGroup(consumer: ConsumerDefinition, group: JsMsg[], control: GroupControl): Promise<void>;
};

type Fetched = AsyncIterable<JsMsg> & { getPending(): number; stop(err?: Error): void };

/**
 * One pull of a consumer's durable on a domain's stream: fetches up to a batch (waiting at most
 * 5 polls for it) and hands whatever has arrived together to handleGroup. Returns at once while
 * the connection is down (the caller waits a poll).
 *
 * Fetched messages are never left to the ack wait by a live worker: every message held (fetched,
 * not yet acknowledged) is marked in progress (`working()`) every third of the ack wait, so the ack
 * wait need not cover a whole batch of EVENTS_BATCH_SIZE events — only the gap between two of those
 * signals — and it bounds how long a KILLED worker's messages wait before another worker gets them.
 * On shutdown (SIGTERM) the aggregate in hand is finished and every other message held is nak'ed at
 * once, so a live worker takes it over without waiting.
 */
export async function pullOnce(options: PullOptions, consumer: ConsumerDefinition, domain: string): Promise<boolean> {
  const { link, names } = options;
  const client = link.client;
  if (!client) return false;
  const durable = await client.consumers.get(names.streamName(domain), names.durableOf(consumer.name, domain));
  const messages = await durable.fetch({
    max_messages: options.batchSize,
    expires: Math.max(1000, options.pollMs * 5),
  });
  const conn = link.connection;
  await link.tracking(messages, () => handleFetched(options, consumer, messages, () => link.connection === conn));
  return true;
}

const nak = (msg: JsMsg, delayMs?: number) => {
  try {
    msg.nak(delayMs);
  } catch {
    // connection gone; redelivered after ack_wait
  }
};

async function handleFetched(
  options: PullOptions,
  consumer: ConsumerDefinition,
  messages: Fetched,
  live: () => boolean,
) {
  const held = new Set<JsMsg>();
  const control: GroupControl = {
    running: () => options.running() && live(),
    settled: (msgs) => {
      for (const m of msgs) held.delete(m);
    },
  };
  const beat = setInterval(
    () => {
      for (const msg of held) {
        try {
          msg.working();
        } catch {
          // connection gone; the messages come back after ack_wait
        }
      }
    },
    Math.max(250, Math.floor(options.ackWaitMs / 3)),
  );
  // The fetch is read as messages arrive, apart from their handling: a group can take seconds, and
  // a fetch left unread that long trips the client's idle-heartbeat monitor ("heartbeats missed"),
  // which ended the pull as if NATS were gone and left the messages it still buffered to the ack wait.
  const arrived: JsMsg[] = [];
  let readDone = false;
  let readError: unknown = null;
  let signal: (() => void) | null = null;
  const wake = () => {
    signal?.();
    signal = null;
  };
  const reader = (async () => {
    try {
      for await (const msg of messages) {
        // Messages buffered from a closed connection cannot be acknowledged: JetStream redelivers them.
        if (!live()) break;
        held.add(msg);
        // Stopping: end the fetch; what is buffered is still yielded, then nak'ed below.
        if (!options.running()) messages.stop();
        else arrived.push(msg);
        wake();
      }
    } catch (error) {
      readError = error;
    } finally {
      readDone = true;
      wake();
    }
  })();
  try {
    for (;;) {
      if (arrived.length === 0) {
        if (readDone) break;
        await new Promise<void>((resolve) => {
          signal = resolve;
        });
        continue;
      }
      // Whatever has arrived by the time the previous group is done is handled together.
      const group = arrived.splice(0, options.batchSize);
      if (!live() || !options.running()) break;
      try {
        await options.handleGroup(consumer, group, control);
      } catch (error) {
        // A transaction did not commit (database down…): JetStream redelivers with backoff.
        options.logger?.error({ err: error, consumer: consumer.name }, 'events not committed; redelivering later');
        for (const msg of group) if (held.delete(msg)) nak(msg, retryDelayMs(options.retry, msg.info.deliveryCount));
      }
    }
    if (!options.running() || !live()) messages.stop();
    await reader;
  } finally {
    clearInterval(beat);
    // Stopping (or a group that did not finish): hand what this worker holds to another one now.
    if (live()) for (const msg of held) nak(msg);
  }
  // A fetch that failed after delivering (the connection dropped): reported to the loop as such.
  if (readError) throw readError;
}
