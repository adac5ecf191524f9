import { type JetStreamClient, type JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

/** A fetch in progress (a pull consumer's batch) that can be ended early. */
type Stoppable = { stop(err?: Error): void };

/**
 * Errors that mean NATS (or JetStream behind it) is not answering, not that a request was wrong; a
 * fetch whose heartbeats stopped lost its pull request with a restarted server.
 */
const UNREACHABLE = new Set([
  'ConnectionError',
  'ClosedConnectionError',
  'DrainingConnectionError',
  'TimeoutError',
  'NoRespondersError',
  'RequestError',
]);
const isUnreachable = (error: unknown): boolean => {
  const e = error as { name?: string; message?: string; cause?: unknown } | undefined;
  if (!e) return false;
  if (
    UNREACHABLE.has(e.name ?? '') ||
    /no responders|disconnect|connection closed|heartbeats missed/i.test(e.message ?? '')
  )
    return true;
  return e.cause !== undefined && e.cause !== error && isUnreachable(e.cause);
};

type LinkLogger = { warn(obj: object, msg?: string): void; info?(obj: object, msg?: string): void };

/** Logs a NATS outage once (again after a reconnect, or a minute later if NATS never went down). */
const OUTAGE_LOG_EVERY_MS = 60_000;

/**
 * The transport's NATS connection and its JetStream handles. Closing it ends the fetches in flight
 * on it; loops compare `connection` before and after a fetch to drop messages of a closed one.
 */
export class NatsLink {
  connection: NatsConnection | null = null;
  client: JetStreamClient | null = null;
  private jsm: JetStreamManager | null = null;
  private readonly fetches = new Set<Stoppable>();
  /** The server went away and the client is reconnecting (it does so forever). */
  private disconnected = false;
  private outageLoggedAt = 0;
  private logger: LinkLogger | undefined;

  constructor(private readonly url: string) {}

  get isOpen(): boolean {
    return this.connection !== null;
  }

  /** Reachable unless the connection is down and reconnecting (a loop waits for this, see worker-loop). */
  get reachable(): boolean {
    return !this.disconnected;
  }

  /** Where report() logs outages (the transport's logger). */
  reportTo(logger: LinkLogger | undefined): this {
    this.logger = logger;
    return this;
  }

  /** True when `error` means NATS is unreachable; the first report of an outage logs one warning. */
  report(error: unknown): boolean {
    if (!this.disconnected && !isUnreachable(error)) return false;
    if (Date.now() - this.outageLoggedAt > OUTAGE_LOG_EVERY_MS) {
      this.outageLoggedAt = Date.now();
      this.logger?.warn({ err: error }, 'NATS unreachable; event delivery pauses until it is back');
    }
    return true;
  }

  async open(): Promise<void> {
    if (this.connection) await this.close(); // a start retried after a failure half-way
    // noAsyncTraces: every request (each JetStream publish's ack among them) otherwise builds an Error
    // up front for its stack, just in case it fails — 4 % of the relay process's CPU (issue 11).
    const connection = await connect({
      servers: this.url,
      name: 'nexova-events',
      maxReconnectAttempts: -1,
      noAsyncTraces: true,
    });
    this.connection = connection;
    this.disconnected = false;
    void this.watch(connection);
    this.client = jetstream(connection);
    this.jsm = await jetstreamManager(connection);
  }

  /** Follows the connection's status until it closes: down on disconnect, up again on reconnect. */
  private async watch(connection: NatsConnection): Promise<void> {
    for await (const status of connection.status()) {
      if (this.connection !== connection) return;
      if (status.type === 'disconnect') this.disconnected = true;
      if (status.type === 'reconnect') {
        this.disconnected = false;
        if (this.outageLoggedAt > 0) this.logger?.info?.({}, 'NATS reachable again; resuming event delivery');
        this.outageLoggedAt = 0;
      }
    }
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
    this.disconnected = false;
    this.client = null;
    this.jsm = null;
    // A fetch in flight on the old connection would wait for its expiry; end it now.
    for (const f of this.fetches) f.stop();
    this.fetches.clear();
    if (c && !c.isClosed()) await c.close();
  }
}
