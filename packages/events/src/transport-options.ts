import type { DatabaseHandle } from '@nexova/db';
import type { Registry } from 'prom-client';
import type { RetryPolicy } from './backoff';
import type { ConsumerDefinition } from './consumer';
import { type EventMetrics, eventMetrics } from './metrics';

/** A background loop a transport runs (started and drained with the process). */
export type EventWorker = { name: string; start(): Promise<void>; stop(): Promise<void> };

export type TransportLogger = {
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

/** What every transport takes: the database, the consumers to deliver to, and its limits. */
export type TransportOptions = {
  database: DatabaseHandle;
  consumers: ConsumerDefinition[];
  batchSize?: number;
  pollIntervalMs?: number;
  /**
   * Longest wait of an idle consumer while LISTENing (a commit wakes it at once; this only covers a
   * missed notification). Without LISTEN (PGlite, outage) consumers poll every pollIntervalMs.
   */
  idlePollMs?: number;
  /**
   * Embedded transport: how long a background consumer (`background: true`) lets events gather
   * after its last read before it reads again (fewer, larger batches under load). Default 0.
   */
  gatherMs?: number;
  /**
   * Embedded transport on PostgreSQL: partitions of one batch a consumer that names a partition
   * handles at once, each in its own transaction and connection (lanes.ts). Default 1: the whole
   * batch in one transaction.
   */
  lanes?: number;
  retry?: Partial<RetryPolicy>;
  metrics?: Registry;
  logger?: TransportLogger;
};

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseMs: 1000, maxMs: 300_000 };

export type TransportSettings = {
  batchSize: number;
  pollMs: number;
  idleMs: number;
  gatherMs: number;
  lanes: number;
  retry: RetryPolicy;
  metrics: EventMetrics | undefined;
};

/** The options with their defaults filled in (100 events a batch, a 200 ms poll, a 10 s idle fallback, 1 lane, DEFAULT_RETRY). */
export function transportSettings(options: TransportOptions): TransportSettings {
  return {
    batchSize: options.batchSize ?? 100,
    pollMs: options.pollIntervalMs ?? 200,
    idleMs: Math.max(options.idlePollMs ?? 10_000, options.pollIntervalMs ?? 200),
    gatherMs: options.gatherMs ?? 0,
    lanes: Math.max(1, options.lanes ?? 1),
    retry: { ...DEFAULT_RETRY, ...options.retry },
    metrics: options.metrics ? eventMetrics(options.metrics) : undefined,
  };
}
