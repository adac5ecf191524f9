import { AppError, BadRequestError } from '@nexova/kernel';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './errors';
import { pickLocale } from './i18n';
import { toAppError } from './problem';

/**
 * Fastify's `frameworkErrors`: errors the router raises before a route is found (a path that is
 * not valid percent-encoded UTF-8, a path parameter longer than maxParamLength). Without it they
 * answer Fastify's own JSON; with it, RFC 9457 with the request id like every other error.
 */
export function frameworkError(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', request.id);
  const problem =
    error.code === 'FST_ERR_BAD_URL'
      ? new BadRequestError('The request path is not valid (it must be percent-encoded UTF-8).', { code: 'bad_url' })
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new AppError('uri_too_long', 414, 'URI too long', { detail: 'A path parameter of this request is too long.' })
        : toAppError(error, pickLocale(request.headers['accept-language']));
  return sendProblem(request, reply, problem);
}
