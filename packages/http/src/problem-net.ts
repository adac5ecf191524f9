import { STATUS_CODES } from 'node:http';
import { AppError } from '@nexova/kernel';
import type { FastifyInstance } from 'fastify';
import { pickLocale, translateTitle } from './i18n';
import { PROBLEM_CONTENT_TYPE, problemFrom } from './problem';

/**
 * The last net under "every error is RFC 9457 with a request id": a 4xx/5xx that a plugin answered
 * itself (e.g. @fastify/websocket's bare 404 to a plain GET of a WebSocket route, a hand-written
 * problem without `code`) is rewritten as problem+json, keeping its title and detail. Answers that
 * went through the error handler already carry `request_id` and pass untouched.
 */
export function installProblemNet(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const status = reply.statusCode;
    if (status < 400 || request.routeOptions.config?.htmlPage) return payload;
    const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    if (text === null && payload != null) return payload; // a stream: leave it alone
    let given: Record<string, unknown> = {};
    try {
      const parsed = text ? JSON.parse(text) : {};
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) given = parsed;
    } catch {}
    const type = String(reply.getHeader('content-type') ?? '');
    if (
      type.startsWith(PROBLEM_CONTENT_TYPE) &&
      typeof given.request_id === 'string' &&
      typeof given.code === 'string'
    ) {
      return payload;
    }
    const reason = STATUS_CODES[status] ?? 'Error';
    const code = typeof given.code === 'string' ? given.code : reason.toLowerCase().replace(/[^a-z]+/g, '_');
    const title = typeof given.title === 'string' ? given.title : reason;
    const detail = typeof given.detail === 'string' ? given.detail : `${reason}.`;
    const error = new AppError(code, status, title, { detail });
    const locale = pickLocale(request.headers['accept-language']);
    reply.header('content-type', PROBLEM_CONTENT_TYPE);
    reply.header('x-request-id', request.id);
    return JSON.stringify(problemFrom(error, request.id, request.url, translateTitle(code, title, locale, status)));
  });
}
