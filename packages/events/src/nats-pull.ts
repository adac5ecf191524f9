import type { ConsumerDefinition } from './consumer';
import type { NatsLink } from './nats-connection';
import type { Dispatcher } from './nats-dispatch';
import { partitionKey } from './nats-group';
import type { NatsNames } from './nats-subjects';

export type PullOptions = {
  link: NatsLink;
  names: NatsNames;
  batchSize: number;
  pollMs: number;
  /** False once the transport is stopping: the fetch in progress ends, what it buffered is handed back. */
  running(): boolean;
};

/**
 * One pull of a consumer's durable on a domain's stream: fetches up to a batch (waiting at most
 * 5 polls for it) and hands each message, as it arrives, to the loop's dispatcher, which handles it
 * with its partition (nats-dispatch.ts). It does not wait for the handling: once the dispatcher holds
 * at most one batch, the next fetch goes out while it works, so a worker holds at most two batches.
 * Returns false at once while the connection is down (the caller waits a poll); throws what the
 * dispatcher's transactions failed with (the loop backs off).
 *
 * The fetch is read as messages arrive, apart from their handling: a fetch left unread for long
 * trips the client's idle-heartbeat monitor ("heartbeats missed"), which ended the pull as if NATS
 * were gone.
 */
export async function pullOnce(
  options: PullOptions,
  consumer: ConsumerDefinition,
  domain: string,
  dispatcher: Dispatcher,
): Promise<boolean> {
  await dispatcher.until(options.batchSize);
  const failed = dispatcher.takeFailure();
  if (failed) throw failed;
  const { link, names } = options;
  const client = link.client;
  const connection = link.connection;
  if (!client || !options.running()) return false;
  const durable = await client.consumers.get(names.streamName(domain), names.durableOf(consumer.name, domain));
  const messages = await durable.fetch({
    max_messages: options.batchSize,
    expires: Math.max(1000, options.pollMs * 5),
  });
  await link.tracking(messages, async () => {
    for await (const msg of messages) {
      // Messages buffered from a closed connection cannot be acknowledged: JetStream redelivers them.
      if (link.connection !== connection) break;
      // Stopping: end the fetch; what is buffered is still yielded, and the dispatcher hands it back.
      if (!options.running()) messages.stop();
      const taken = partitionKey(consumer, msg);
      if (taken) dispatcher.add({ msg, ...taken, connection });
    }
  });
  const failure = dispatcher.takeFailure();
  if (failure) throw failure;
  return true;
}
