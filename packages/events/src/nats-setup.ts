import { AckPolicy, DeliverPolicy, type JetStreamManager, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { connect, nanos } from '@nats-io/transport-node';
import type { ConsumerDefinition } from './consumer';
import { registeredEvents } from './define-event';
import type { NatsLink } from './nats-connection';
import { consumerDomains, domainOf, type NatsNames, sanitize } from './nats-subjects';

export type StreamLimits = {
  /** Stream retention (max_age). */
  retentionMs: number;
  /** JetStream duplicate window (shorter than the outbox retention). */
  duplicateWindowMs: number;
};

export type DurableLimits = {
  /** Delivery attempts JetStream makes when a message is not acknowledged. */
  maxDeliver: number;
  /** How long JetStream waits for an ack before redelivering. */
  ackWaitMs: number;
};

const notFound = (error: unknown) => /not found/i.test(String((error as Error).message));

/** Creates a domain's stream, or updates it to the current limits (idempotent). */
export async function ensureStream(
  jsm: JetStreamManager,
  names: NatsNames,
  domain: string,
  limits: StreamLimits,
): Promise<void> {
  const config = {
    name: names.streamName(domain),
    subjects: [names.domainSubjects(domain)],
    max_age: nanos(limits.retentionMs),
    duplicate_window: nanos(limits.duplicateWindowMs),
    storage: StorageType.File,
  };
  try {
    await jsm.streams.info(config.name);
    await jsm.streams.update(config.name, config);
  } catch (error) {
    if (!notFound(error)) throw error;
    await jsm.streams.add(config);
  }
}

/**
 * Creates a consumer's durable pull consumer on a domain's stream, or updates it (idempotent):
 * explicit acks, max_deliver, ack_wait, one filter subject.
 * No `backoff` list: JetStream then replaces ack_wait by backoff[0] (it answered ack_wait 1 s for a
 * 30 s setting), so any handling longer than a second — a lock wait, a deadlock check — had the
 * message redelivered to another worker while the first still held it, spending deliveries towards
 * max_deliver. Redelivery delays come from the nak (retryDelayMs) instead.
 */
export async function ensureDurable(
  jsm: JetStreamManager,
  names: NatsNames,
  consumer: ConsumerDefinition,
  domain: string,
  limits: DurableLimits,
): Promise<void> {
  const name = names.durableOf(consumer.name, domain);
  const stream = names.streamName(domain);
  const config = {
    durable_name: name,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    max_deliver: limits.maxDeliver,
    backoff: [] as number[],
    ack_wait: nanos(limits.ackWaitMs),
    filter_subject: names.filterOf(consumer, domain),
    max_ack_pending: 1000,
  };
  try {
    await jsm.consumers.info(stream, name);
    const { durable_name: _, deliver_policy: __, ...update } = config;
    await jsm.consumers.update(stream, name, update);
  } catch (error) {
    if (!notFound(error)) throw error;
    await jsm.consumers.add(stream, config);
  }
}

/**
 * The streams and durables one transport needs: every registered event's domain gets a stream, each
 * consumer a durable per domain it reads. Streams are ensured once per transport (the relay calls
 * ensureDomain before publishing to a domain it has not seen).
 */
export class NatsTopology {
  private readonly ensured = new Set<string>();

  constructor(
    private readonly link: NatsLink,
    private readonly names: NatsNames,
    private readonly consumers: ConsumerDefinition[],
    private readonly limits: StreamLimits & DurableLimits,
  ) {}

  async ensureDomain(domain: string): Promise<void> {
    if (this.ensured.has(domain)) return;
    await ensureStream(this.link.manager(), this.names, domain, this.limits);
    this.ensured.add(domain);
  }

  /** Creates or updates every stream and durable (opens a connection of its own when none is open). */
  async setup(): Promise<void> {
    const close = !this.link.isOpen;
    if (close) await this.link.open();
    try {
      const domains = new Set([
        ...registeredEvents().map((e) => domainOf(e.type)),
        ...this.consumers.flatMap(consumerDomains),
      ]);
      for (const domain of domains) await this.ensureDomain(domain);
      for (const c of this.consumers) {
        for (const d of consumerDomains(c)) await ensureDurable(this.link.manager(), this.names, c, d, this.limits);
      }
    } finally {
      if (close) await this.link.close();
    }
  }

  /** Deletes the durables (on the open connection): the next setup re-creates them at the stream's start. */
  async deleteDurables(): Promise<void> {
    for (const c of this.consumers) {
      for (const d of consumerDomains(c)) {
        await this.link
          .manager()
          .consumers.delete(this.names.streamName(d), this.names.durableOf(c.name, d))
          .catch(() => undefined);
      }
    }
  }
}

/** Deletes the streams of a prefix (tests clean up after themselves). */
export async function deleteNatsStreams(url: string, prefix: string): Promise<void> {
  const nc = await connect({ servers: url });
  try {
    const jsm = await jetstreamManager(nc);
    const wanted = sanitize(prefix.toUpperCase());
    for await (const name of jsm.streams.names()) {
      if (name.startsWith(wanted)) await jsm.streams.delete(name);
    }
  } finally {
    await nc.close();
  }
}
