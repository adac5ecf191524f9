import { expect, it } from 'vitest';
import { createMetricsRegistry, registerDbStatementMetrics } from './metrics';

it('serves each pool’s statement count as nexova_db_statements_total{pool}, read at scrape time', async () => {
  const registry = createMetricsRegistry({ defaultMetrics: false });
  const api = { sent: 0 };
  const worker = { sent: 3 };
  registerDbStatementMetrics(registry, { api, worker });
  api.sent += 7;
  const text = await registry.metrics();
  expect(text).toContain('# TYPE nexova_db_statements_total counter');
  expect(text).toContain('nexova_db_statements_total{pool="api"} 7');
  expect(text).toContain('nexova_db_statements_total{pool="worker"} 3');
  worker.sent += 1;
  expect(await registry.metrics()).toContain('nexova_db_statements_total{pool="worker"} 4');
});
