import { createHttpMetrics, type HttpMetrics, type Registry } from '@nexova/observability';
import type { FastifyInstance } from 'fastify';

/** Counts and times every response by route template (never the raw URL), logs one line per request, serves /metrics. */
export function observeRequests(app: FastifyInstance, registry: Registry): HttpMetrics {
  const metrics = createHttpMetrics(registry);
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    const seconds = reply.elapsedTime / 1000;
    metrics.requests.inc(labels);
    metrics.duration.observe(labels, seconds);
    if (route === '/metrics' || route === '/health') return;
    request.log.info(
      {
        method: request.method,
        route,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
  app.get('/metrics', { config: { auth: 'public', rateLimit: false }, schema: { hide: true } }, async (_req, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
  return metrics;
}
