import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export type EventMetrics = {
  processed: Counter<'consumer' | 'transport'>;
  failed: Counter<'consumer' | 'transport'>;
  deadLettered: Counter<'consumer' | 'transport'>;
  duration: Histogram<'consumer' | 'transport'>;
  lagEvents: Gauge<'consumer'>;
  lagSeconds: Gauge<'consumer'>;
  /** Alerting: every dead letter, with the event type (alert on any increase for checkout consumers). */
  deadLetters: Counter<'consumer' | 'event_type'>;
  /** Alerting: dead letters still open (neither replayed nor discarded), refreshed from the database. */
  deadLettersOpen: Gauge<'consumer'>;
  transientRetries: Counter<'consumer' | 'sqlstate'>;
};

const cache = new WeakMap<Registry, EventMetrics>();

/** The event metrics in a process's registry (created once per registry). */
export function eventMetrics(registry: Registry): EventMetrics {
  const existing = cache.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const metrics: EventMetrics = {
    processed: new Counter({
      name: 'events_processed_total',
      help: 'Events a consumer handled and committed, by consumer and transport.',
      labelNames: ['consumer', 'transport'],
      registers,
    }),
    failed: new Counter({
      name: 'events_failed_total',
      help: 'Handler attempts that threw, by consumer and transport.',
      labelNames: ['consumer', 'transport'],
      registers,
    }),
    deadLettered: new Counter({
      name: 'events_dead_lettered_total',
      help: 'Events moved to the dead-letter table after the last attempt, by consumer.',
      labelNames: ['consumer', 'transport'],
      registers,
    }),
    duration: new Histogram({
      name: 'events_handler_duration_seconds',
      help: 'Handler duration in seconds, by consumer and transport.',
      labelNames: ['consumer', 'transport'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    lagEvents: new Gauge({
      name: 'events_consumer_lag_events',
      help: 'Events committed that a consumer has not handled yet (including retries waiting).',
      labelNames: ['consumer'],
      registers,
    }),
    lagSeconds: new Gauge({
      name: 'events_consumer_lag_seconds',
      help: 'Age in seconds of the oldest event a consumer has not handled yet.',
      labelNames: ['consumer'],
      registers,
    }),
    deadLetters: new Counter({
      name: 'nexova_events_dead_letters_total',
      help: 'Events moved to the dead-letter table, by consumer and event type (type.vN). A checkout consumer here means a saga waits for `nexova events dlq replay`.',
      labelNames: ['consumer', 'event_type'],
      registers,
    }),
    deadLettersOpen: new Gauge({
      name: 'nexova_events_dead_letters_open',
      help: 'Dead letters neither replayed nor discarded, by consumer (refreshed every few seconds).',
      labelNames: ['consumer'],
      registers,
    }),
    transientRetries: new Counter({
      name: 'nexova_events_transient_retries_total',
      help: 'Consumer transactions rolled back by a deadlock (40P01) or serialization failure (40001) and run again; no attempt is counted.',
      labelNames: ['consumer', 'sqlstate'],
      registers,
    }),
  };
  cache.set(registry, metrics);
  return metrics;
}
