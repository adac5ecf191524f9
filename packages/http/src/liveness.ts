import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { HttpMetrics } from '@nexova/observability';
import { requestIdFrom } from './request-id';

const BODY = JSON.stringify({ status: 'ok' });
const LENGTH = String(Buffer.byteLength(BODY));

/**
 * Answers `GET /health` (liveness: the process answers) on the HTTP server, before Fastify's
 * request lifecycle: no route lookup, no ctx, no onRequest/onSend/onResponse hooks (auth, rate
 * limits, CORS, helmet, problem net) — none of which a liveness probe needs, and which cost more
 * than half of its time (bench:http: 0.42 of bare Fastify). It still echoes or mints the request
 * id, forbids sniffing and caching, and counts itself in http_requests_total and
 * http_request_duration_seconds as before. Anything else — a query string, a body, HEAD, a server
 * shutting down (503 from the problem handlers) — goes through Fastify, whose own /health route
 * (documented in the OpenAPI, and what app.inject reaches) gives the same answer.
 */
export function answerLivenessEarly(server: Server, metrics: HttpMetrics, closing: () => boolean): void {
  const counted = metrics.requests.labels({ method: 'GET', route: '/health', status: '200' });
  const timed = metrics.duration.labels({ method: 'GET', route: '/health', status: '200' });
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (
      req.url === '/health' &&
      req.method === 'GET' &&
      req.headers['content-length'] === undefined &&
      req.headers['transfer-encoding'] === undefined &&
      !closing()
    ) {
      const started = process.hrtime.bigint();
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': LENGTH,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-request-id': requestIdFrom(req),
      });
      res.end(BODY);
      counted.inc();
      timed.observe(Number(process.hrtime.bigint() - started) / 1e9);
      return;
    }
    for (const handler of handlers) handler(req, res);
  });
}
