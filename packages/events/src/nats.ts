import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  jetstream,
  jetstreamManager,
  StorageType,
} from '@nats-io/jetstream';
import { connect, headers, type NatsConnection, nanos } from '@nats-io/transport-node';
import type { Tx } from '@nexova/db';
import { sql } from 'drizzle-orm';
import type { RetryPolicy } from './backoff';
import { retryDelayMs } from './backoff';
import { type ConsumerDefinition, handles } from './consumer';
import { registeredEvents } from './define-event';
import { applyBatch, DEFAULT_RETRY, type EventWorker, retryDue, type TransportOptions } from './embedded';
import type { EventEnvelope } from './envelope';
import { aggregateKey, LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';
import { eventMetrics } from './metrics';
import { applyOnce, queueBehind, recordFailure } from './processing';
import { ensureCheckpoint } from './status';
import { Wakeup } from './wakeup';

export type NatsOptions = TransportOptions & {
  url: string;
  /** Prefix of stream names, durable names and subjects (tests use a unique one per run). Default none. */
  prefix?: string;
  /** Stream retention (max_age). Default 7 days. */
  retentionMs?: number;
  /** JetStream duplicate window (must be shorter than the outbox retention). Default 2 minutes. */
  duplicateWindowMs?: number;
  /** Delivery attempts JetStream makes when a message is not acknowledged (transport failures). */
  maxDeliver?: number;
  /** How long JetStream waits for an ack before redelivering (a crashed or disconnected worker). Default 30 s. */
  ackWaitMs?: number;
};

const DAY = 24 * 60 * 60 * 1000;
const RELAY = '__relay:nats';

export const domainOf = (type: string) => type.split('.')[0] as string;
const sanitize = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

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
  const prefix = options.prefix ?? '';
  const batchSize = options.batchSize ?? 100;
  const pollMs = options.pollIntervalMs ?? 200;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const retentionMs = options.retentionMs ?? 7 * DAY;
  const duplicateWindowMs = Math.min(options.duplicateWindowMs ?? 2 * 60 * 1000, retentionMs);
  const maxDeliver = options.maxDeliver ?? 5;
  const metrics = options.metrics ? eventMetrics(options.metrics) : undefined;
  const wakeup = new Wakeup(options.database, options.logger);
  const streamName = (domain: string) => sanitize(`${prefix}${domain}`.toUpperCase());
  const subjectOf = (type: string, version: number) => `${prefix ? `${prefix}.` : ''}${type}.v${version}`;
  const durableOf = (consumer: string, domain: string) => sanitize(`${prefix}${consumer}-${domain}`);
  const relayName = `${RELAY}:${prefix}`;

  let nc: NatsConnection | null = null;
  let js: JetStreamClient | null = null;
  let jsm: JetStreamManager | null = null;
  const ensured = new Set<string>();
  const fetches = new Set<{ stop(err?: Error): void }>();

  const open = async () => {
    nc = await connect({ servers: options.url, name: 'nexova-events', maxReconnectAttempts: -1 });
    js = jetstream(nc);
    jsm = await jetstreamManager(nc);
  };
  const manager = () => {
    if (!jsm) throw new Error('NATS is not connected');
    return jsm;
  };

  const ensureStream = async (domain: string) => {
    if (ensured.has(domain)) return;
    const config = {
      name: streamName(domain),
      subjects: [`${prefix ? `${prefix}.` : ''}${domain}.>`],
      max_age: nanos(retentionMs),
      duplicate_window: nanos(duplicateWindowMs),
      storage: StorageType.File,
    };
    try {
      await manager().streams.info(config.name);
      await manager().streams.update(config.name, config);
    } catch (error) {
      if (!/not found/i.test(String((error as Error).message))) throw error;
      await manager().streams.add(config);
    }
    ensured.add(domain);
  };

  const filterOf = (c: ConsumerDefinition, domain: string) => {
    const subjects = [
      ...new Set(c.events.filter((e) => domainOf(e.type) === domain).map((e) => subjectOf(e.type, e.version))),
    ];
    return subjects.length === 1 ? (subjects[0] as string) : `${prefix ? `${prefix}.` : ''}${domain}.>`;
  };

  const consumerDomains = (c: ConsumerDefinition) => [...new Set(c.events.map((e) => domainOf(e.type)))];

  const ensureConsumer = async (c: ConsumerDefinition, domain: string) => {
    const name = durableOf(c.name, domain);
    const config = {
      durable_name: name,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      max_deliver: maxDeliver,
      backoff: [1, 2, 4, 8, 16].slice(0, Math.max(1, maxDeliver - 1)).map((s) => nanos(s * 1000)),
      ack_wait: nanos(options.ackWaitMs ?? 30_000),
      // One filter subject (servers before 2.10 take no list): the event's subject, or the whole domain
      // when the consumer takes several of its events (the others are acknowledged unhandled).
      filter_subject: filterOf(c, domain),
      max_ack_pending: 1000,
    };
    try {
      await manager().consumers.info(streamName(domain), name);
      const { durable_name: _, deliver_policy: __, ...update } = config;
      await manager().consumers.update(streamName(domain), name, update);
    } catch (error) {
      if (!/not found/i.test(String((error as Error).message))) throw error;
      await manager().consumers.add(streamName(domain), config);
    }
  };

  const setup = async () => {
    const close = !nc;
    if (!nc) await open();
    try {
      const domains = new Set([
        ...registeredEvents().map((e) => domainOf(e.type)),
        ...options.consumers.flatMap(consumerDomains),
      ]);
      for (const domain of domains) await ensureStream(domain);
      for (const c of options.consumers) for (const d of consumerDomains(c)) await ensureConsumer(c, d);
    } finally {
      if (close) await closeConnection();
    }
  };

  const closeConnection = async () => {
    const c = nc;
    nc = null;
    js = null;
    jsm = null;
    // A fetch in flight on the old connection would wait for its expiry; end it now.
    for (const f of fetches) f.stop();
    fetches.clear();
    if (c && !c.isClosed()) await c.close();
  };

  /** Relay: publishes the next batch of the log (same visibility rule as consumers), then moves its checkpoint. */
  const relayBatch = async (): Promise<number> =>
    options.database.db.transaction(async (tx) => {
      const client = js;
      if (!client) return 0;
      const [horizon] = (
        (await tx.execute(sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`)) as unknown as {
          rows: { xmin: string }[];
        }
      ).rows;
      const [cp] = (
        (await tx.execute(
          sql`select last_txid::text as last_txid, last_position from events.checkpoints
              where consumer = ${relayName} for update skip locked`,
        )) as unknown as { rows: { last_txid: string; last_position: string }[] }
      ).rows;
      if (!cp || !horizon) return 0;
      const rows = (
        (await tx.execute(
          sql`select ${sql.raw(LOG_COLUMNS)} from events.outbox
              where (txid, position) > (${cp.last_txid}::xid8, ${cp.last_position}::bigint) and txid < ${horizon.xmin}::xid8
              order by txid, position limit ${batchSize}`,
        )) as unknown as { rows: LogRow[] }
      ).rows;
      if (rows.length === 0) return 0;
      for (const row of rows) await ensureStream(domainOf(row.type));
      // One connection writes in order, so the stream keeps log order; acks are awaited together.
      await Promise.all(
        rows.map((row) => {
          const h = headers();
          h.set('Nexova-Position', String(row.position));
          h.set('Nexova-Txid', row.txid);
          return client.publish(subjectOf(row.type, row.version), JSON.stringify(toEnvelope(row)), {
            msgID: row.id,
            headers: h,
            timeout: 5000,
          });
        }),
      );
      const last = rows.at(-1) as LogRow;
      await tx.execute(
        sql`update events.checkpoints set last_txid = ${last.txid}::xid8, last_position = ${last.position},
              processed = processed + ${rows.length}, last_processed_at = now(), updated_at = now()
            where consumer = ${relayName}`,
      );
      return rows.length;
    });

  /**
   * Handles the messages that have arrived together in one transaction (each in its own savepoint,
   * with its inbox mark), then acknowledges them. If the transaction cannot commit, all are nak'ed.
   */
  const handleGroup = async (c: ConsumerDefinition, group: JsMsg[]) => {
    const labels = { consumer: c.name, transport: 'nats' };
    const outcomes: { outcome: 'applied' | 'skipped' | 'failed' | 'dead'; ms: number }[] = [];
    await options.database.db.transaction(async (tx: Tx) => {
      let top: { position: string; txid: string } | null = null;
      let applied = 0;
      const items: { event: EventEnvelope; pointer: { position: string; txid: string } }[] = [];
      for (const msg of group) {
        const event = msg.json<EventEnvelope>();
        if (!handles(c, event.type, event.version)) continue;
        const pointer = {
          position: msg.headers?.get('Nexova-Position') || '0',
          txid: msg.headers?.get('Nexova-Txid') || '0',
        };
        if (
          !top ||
          BigInt(pointer.txid) > BigInt(top.txid) ||
          (pointer.txid === top.txid && BigInt(pointer.position) > BigInt(top.position))
        ) {
          top = pointer;
        }
        items.push({ event, pointer });
      }
      const blockedKeys = new Set<string>();
      const keys = [...new Set(items.map((i) => aggregateKey(i.event)))];
      if (keys.length > 0) {
        const waiting = (
          (await tx.execute(
            sql`select distinct aggregate_key from events.retries where consumer = ${c.name}
                and aggregate_key in (${sql.join(
                  keys.map((k) => sql`${k}`),
                  sql`, `,
                )})`,
          )) as unknown as { rows: { aggregate_key: string }[] }
        ).rows;
        for (const w of waiting) blockedKeys.add(w.aggregate_key);
      }
      // Fast path: the whole group in one savepoint; if a handler throws, redo it message by message.
      const fast = await applyBatch(options.database, tx, c, items, blockedKeys).catch(() => null);
      if (fast) {
        applied = fast.length;
        for (const ms of fast) outcomes.push({ outcome: 'applied', ms });
      } else {
        for (const { event, pointer } of items) {
          const key = aggregateKey(event);
          if (blockedKeys.has(key)) {
            await queueBehind(tx, c, event, pointer);
            continue;
          }
          const started = performance.now();
          try {
            const did = await applyOnce(options.database.db, tx, c, event);
            if (did) applied++;
            outcomes.push({ outcome: did ? 'applied' : 'skipped', ms: performance.now() - started });
          } catch (error) {
            blockedKeys.add(key);
            const dead = await recordFailure(tx, c, event, pointer, 1, [], error, retry);
            outcomes.push({ outcome: dead ? 'dead' : 'failed', ms: 0 });
          }
        }
      }
      if (!top) return;
      await tx.execute(
        sql`update events.checkpoints set
              last_txid = greatest(last_txid, ${top.txid}::xid8),
              last_position = case when (${top.txid}::xid8, ${top.position}::bigint) > (last_txid, last_position)
                then ${top.position}::bigint else last_position end,
              processed = processed + ${applied},
              last_processed_at = case when ${applied} > 0 then now() else last_processed_at end,
              updated_at = now()
            where consumer = ${c.name}`,
      );
    });
    for (const msg of group) {
      try {
        msg.ack(); // committed: an ack lost with the connection only means a redelivery the inbox skips
      } catch {
        // connection gone; JetStream redelivers after ack_wait
      }
    }
    for (const { outcome, ms } of outcomes) {
      if (outcome === 'applied') {
        metrics?.processed.inc(labels);
        metrics?.duration.observe(labels, ms / 1000);
      } else if (outcome === 'failed' || outcome === 'dead') {
        metrics?.failed.inc(labels);
        if (outcome === 'dead') metrics?.deadLettered.inc(labels);
      }
    }
  };

  let running = false;
  let loops: Promise<void>[] = [];

  const guarded = async (what: string, fn: () => Promise<void>) => {
    let failures = 0;
    while (running) {
      try {
        await fn();
        failures = 0;
      } catch (error) {
        failures++;
        if (running) options.logger?.error({ err: error, loop: what }, 'event transport loop failed');
        await wakeup.wait(Math.min(10_000, pollMs * 2 ** Math.min(failures, 6)));
      }
    }
  };

  const relayLoop = () =>
    guarded('relay', async () => {
      const n = await relayBatch();
      if (n === 0) await wakeup.wait(pollMs);
    });

  const consumerLoop = (c: ConsumerDefinition, domain: string) =>
    guarded(`${c.name}/${domain}`, async () => {
      if (!js) {
        await wakeup.wait(pollMs);
        return;
      }
      const consumer = await js.consumers.get(streamName(domain), durableOf(c.name, domain));
      const messages = await consumer.fetch({ max_messages: batchSize, expires: Math.max(1000, pollMs * 5) });
      fetches.add(messages);
      const conn = nc;
      try {
        await handleBatch(c, messages, () => nc === conn);
      } finally {
        fetches.delete(messages);
      }
    });

  const handleBatch = async (
    c: ConsumerDefinition,
    messages: AsyncIterable<JsMsg> & { getPending(): number },
    live: () => boolean,
  ) => {
    let group: JsMsg[] = [];
    const flush = async () => {
      const current = group;
      group = [];
      if (current.length === 0 || !live()) return;
      try {
        await handleGroup(c, current);
      } catch (error) {
        // The transaction did not commit (database down…): JetStream redelivers with backoff.
        options.logger?.error({ err: error, consumer: c.name }, 'events not committed; redelivering later');
        for (const msg of current) {
          try {
            msg.nak(retryDelayMs(retry, msg.info.deliveryCount));
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
      if (messages.getPending() > 0 && group.length < batchSize) continue;
      await flush();
      if (!running) break;
    }
    await flush();
  };

  const retryLoop = (c: ConsumerDefinition) =>
    guarded(`${c.name}/retries`, async () => {
      const n = await retryDue(options.database, c, { batchSize, retry });
      if (n === 0) await wakeup.wait(pollMs);
    });

  const start = async () => {
    if (running) return;
    await open();
    await ensureCheckpoint(options.database.db, relayName);
    for (const c of options.consumers) await ensureCheckpoint(options.database.db, c.name);
    await setup();
    await wakeup.start();
    running = true;
    loops = [
      relayLoop(),
      ...options.consumers.flatMap((c) => [...consumerDomains(c).map((d) => consumerLoop(c, d)), retryLoop(c)]),
    ];
  };

  const stop = async () => {
    if (!running) return;
    running = false;
    wakeup.wakeAll();
    await Promise.all(loops);
    await wakeup.stop();
    await closeConnection();
  };

  return {
    name: 'nats',
    start,
    stop,
    setup,
    workers: [{ name: 'events:nats', start, stop }],
    resetConsumers: async () => {
      const wasRunning = running;
      await stop();
      await open();
      for (const c of options.consumers) {
        for (const d of consumerDomains(c)) {
          await manager()
            .consumers.delete(streamName(d), durableOf(c.name, d))
            .catch(() => undefined);
        }
      }
      await closeConnection();
      if (wasRunning) await start();
    },
    reconnect: async () => {
      await closeConnection();
      await open();
    },
  };
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
