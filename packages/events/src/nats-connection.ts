import { type JetStreamClient, type JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

/** A fetch in progress (a pull consumer's batch) that can be ended early. */
type Stoppable = { stop(err?: Error): void };

/**
 * The transport's NATS connection and its JetStream handles. Closing it ends the fetches in flight
 * on it; loops compare `connection` before and after a fetch to drop messages of a closed one.
 */
export class NatsLink {
  connection: NatsConnection | null = null;
  client: JetStreamClient | null = null;
  private jsm: JetStreamManager | null = null;
  private readonly fetches = new Set<Stoppable>();

  constructor(private readonly url: string) {}

  get isOpen(): boolean {
    return this.connection !== null;
  }

  async open(): Promise<void> {
    this.connection = await connect({ servers: this.url, name: 'nexova-events', maxReconnectAttempts: -1 });
    this.client = jetstream(this.connection);
    this.jsm = await jetstreamManager(this.connection);
  }

  manager(): JetStreamManager {
    if (!this.jsm) throw new Error('NATS is not connected');
    return this.jsm;
  }

  /** Runs `fn` with a fetch registered, so that close() can end it. */
  async tracking<T>(fetch: Stoppable, fn: () => Promise<T>): Promise<T> {
    this.fetches.add(fetch);
    try {
      return await fn();
    } finally {
      this.fetches.delete(fetch);
    }
  }

  async close(): Promise<void> {
    const c = this.connection;
    this.connection = null;
    this.client = null;
    this.jsm = null;
    // A fetch in flight on the old connection would wait for its expiry; end it now.
    for (const f of this.fetches) f.stop();
    this.fetches.clear();
    if (c && !c.isClosed()) await c.close();
  }
}
