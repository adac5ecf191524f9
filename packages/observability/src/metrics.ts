import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export type { Registry } from 'prom-client';

/** One registry per process (or per test app), holding process metrics and Nexova's own. */
export function createMetricsRegistry(options: { defaultMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  return registry;
}

export type HttpMetrics = {
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route' | 'status'>;
};

export function createHttpMetrics(registry: Registry): HttpMetrics {
  return {
    requests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route template and status code.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration in seconds, by route template.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}

/**
 * `nexova_db_statements_total{pool}`: statements each database pool has sent (BEGIN and COMMIT
 * included), read at scrape time from the pools' own counters, so counting a statement costs one
 * increment of a number. `pools` maps the label (`api`, `worker`, or `embedded` for PGlite's one
 * connection shared by both) to that counter.
 */
export function registerDbStatementMetrics(registry: Registry, pools: Record<string, { sent: number }>): void {
  new Counter({
    name: 'nexova_db_statements_total',
    help: 'SQL statements sent to the database server (queries, BEGIN/COMMIT, set_config), by pool.',
    labelNames: ['pool'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [pool, count] of Object.entries(pools)) this.inc({ pool }, count.sent);
    },
  });
}
