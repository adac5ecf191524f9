import { createHash, timingSafeEqual } from 'node:crypto';
import { UnauthorizedError } from '@nexova/kernel';
import { createHttpMetrics, type HttpMetrics, type Registry } from '@nexova/observability';
import type { FastifyInstance } from 'fastify';
import { ROUTE_FACTS, routeFacts } from './contract/route-facts';
import { loggableUrl } from './log-url';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether an Authorization header carries `Bearer <token>` (compared in constant time). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
}

/**
 * Counts and times every response by route template (never the raw URL), logs one line per request
 * (its URL without personal values: log-url.ts),
 * serves /metrics — behind `Authorization: Bearer <METRICS_TOKEN>` when a token is configured.
 */
export function observeRequests(app: FastifyInstance, registry: Registry, token?: string): HttpMetrics {
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
        url: loggableUrl(request.url, request.routeOptions.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
  const config = { auth: 'public' as const, rateLimit: false as const };
  app.get('/metrics', { config: { ...config, swaggerTransform: metricsOpenApi(config) } }, async (req, reply) => {
    if (token && !bearerMatches(req.headers.authorization, token)) {
      throw new UnauthorizedError('/metrics needs Authorization: Bearer <METRICS_TOKEN>.', {
        code: 'metrics_token_required',
        headers: { 'www-authenticate': 'Bearer realm="metrics"' },
      });
    }
    reply.type(registry.contentType);
    return registry.metrics();
  });
  return metrics;
}

/** /metrics answers text (not JSON), so its documentation is given as is instead of through zod. */
function metricsOpenApi(config: { auth: 'public'; rateLimit: false }) {
  return ({ url }: { url: string }) => ({
    url,
    schema: {
      operationId: 'getMetrics',
      summary: 'Prometheus metrics (behind Authorization: Bearer <METRICS_TOKEN> when one is configured)',
      tags: ['system'],
      [ROUTE_FACTS]: routeFacts({ config }),
      response: {
        200: {
          description: 'Metrics in the Prometheus text exposition format.',
          content: {
            'text/plain': {
              schema: { type: 'string' },
              example: 'http_requests_total{method="GET",route="/api/v1/orders",status="200"} 42\n',
            },
          },
        },
        401: { description: 'METRICS_TOKEN is set and the request did not send it.' },
      },
    },
  });
}
