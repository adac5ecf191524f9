import type { Socket } from 'node:net';
import { type AppError, MethodNotAllowedError, NotFoundError, ServiceUnavailableError } from '@nexova/kernel';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REALM } from './auth/www-authenticate';
import { pickLocale, translateTitle } from './i18n';
import { createMethodIndex } from './method-not-allowed';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE, problemFrom, toAppError } from './problem';
import { databaseUnavailable } from './unavailable';

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const title = translateTitle(error.code, error.title, pickLocale(request.headers['accept-language']), error.status);
  const body = problemFrom(error, request.id, request.url, title);
  if (error.headers) reply.headers(error.headers);
  // Every 401 names the scheme to authenticate with (RFC 9110 §11.6.1).
  if (error.status === 401 && !reply.hasHeader('www-authenticate')) {
    reply.header('www-authenticate', `Bearer realm="${REALM}"`);
  }
  return reply.code(error.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

/** Every error, unknown route and unsupported method answers RFC 9457 problem+json. */
export function installProblemHandlers(app: FastifyInstance, state: { closing: boolean }): void {
  const methods = createMethodIndex();
  app.addHook('onRoute', (route) => methods.add(route.method, route.url));

  app.addHook('onRequest', async (_request, reply) => {
    if (state.closing) {
      reply.header('connection', 'close');
      throw new ServiceUnavailableError('The server is shutting down; retry on another instance.', {
        code: 'shutting_down',
      });
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const outage = databaseUnavailable(error, app.hasDecorator('database') ? app.database : undefined);
    const appError = outage ?? toAppError(error, pickLocale(request.headers['accept-language']));
    // An outage is logged once by the database handle, not once per request (nor per readiness probe).
    if (outage || appError.code === 'not_ready') request.log.debug({ err: error }, appError.detail);
    else if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.debug({ code: appError.code }, 'request rejected');
    return sendProblem(request, reply, appError);
  });

  app.setNotFoundHandler((request, reply) => {
    const allowed = methods.allowed(request.url);
    const error =
      allowed.length > 0
        ? new MethodNotAllowedError(allowed)
        : new NotFoundError(`No route matches ${request.method} ${request.url.split('?')[0]}.`, {
            code: 'route_not_found',
          });
    return sendProblem(request, reply, error);
  });
}

/** Errors before a request exists (slow client → 408, huge headers → 431, garbage → 400), as problem+json. */
export function writeClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, title, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request_timeout', 'Request timeout', 'The request was not received in time.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large', 'Request header fields too large', 'The request headers are too large.']
        : [400, 'bad_request', 'Bad request', 'The request could not be parsed as HTTP.'];
  const body = JSON.stringify({ type: `${PROBLEM_BASE}${code.replace(/_/g, '-')}`, title, status, detail, code });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nConnection: close\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
