import type { JsMsg } from '@nats-io/jetstream';
import { type RetryPolicy, retryDelayMs } from './backoff';
import type { ConsumerDefinition } from './consumer';
import type { NatsLink } from './nats-connection';
import type { NatsNames } from './nats-subjects';
import type { TransportLogger } from './transport-options';

export type PullOptions = {
  link: NatsLink;
  names: NatsNames;
  batchSize: number;
  pollMs: number;
  retry: RetryPolicy;
  logger?: TransportLogger;
  /** False once the transport is stopping: the current group is finished, then the fetch is left. */
  running(): boolean;
  /** Handles one group of messages in one transaction and acknowledges them (throws if it did not commit). */
  handleGroup(consumer: ConsumerDefinition, group: JsMsg[]): Promise<void>;
};

type Fetched = AsyncIterable<JsMsg> & { getPending(): number; stop(err?: Error): void };

/**
 * One pull of a consumer's durable on a domain's stream: fetches up to a batch (waiting at most
 * 5 polls for it) and hands whatever has arrived together to handleGroup. Returns at once while
 * the connection is down (the caller waits a poll).
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

async function handleFetched(
  options: PullOptions,
  consumer: ConsumerDefinition,
  messages: Fetched,
  live: () => boolean,
) {
  let group: JsMsg[] = [];
  const flush = async () => {
    const current = group;
    group = [];
    if (current.length === 0 || !live()) return;
    try {
      await options.handleGroup(consumer, current);
    } catch (error) {
      // The transaction did not commit (database down…): JetStream redelivers with backoff.
      options.logger?.error({ err: error, consumer: consumer.name }, 'events not committed; redelivering later');
      for (const msg of current) {
        try {
          msg.nak(retryDelayMs(options.retry, msg.info.deliveryCount));
        } catch {
          // connection gone; redelivered after ack_wait
        }
      }
    }
  };
  for await (const msg of messages) {
    // Messages buffered from a closed connection cannot be acknowledged: JetStream redelivers them.
    if (!live()) break;
    group.push(msg);
    // Whatever has arrived together is handled in one transaction.
    if (messages.getPending() > 0 && group.length < options.batchSize) continue;
    await flush();
    if (!options.running()) break;
  }
  await flush();
}
