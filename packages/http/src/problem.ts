import {
  AppError,
  BadRequestError,
  type FieldError,
  InternalError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '@nexova/kernel';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { clientDataError } from './database-errors';
import type { Locale } from './i18n';
import { humanMessage, issueCode } from './validation-messages';

export const PROBLEM_BASE = 'https://nexova.dev/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, with Nexova's stable `code` and the request id. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  request_id: string;
  errors?: FieldError[];
  [extension: string]: unknown;
};

type FastifyLikeError = Error & {
  code?: string;
  statusCode?: number;
  validation?: { instancePath: string; message?: string; keyword?: string; params?: Record<string, unknown> }[];
  validationContext?: string;
};

const LOCATION: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** Turns framework errors (Fastify's FST_* codes, schema validation) into AppErrors, worded for `locale`. */
export function toAppError(error: unknown, locale: Locale = 'en'): AppError {
  if (error instanceof AppError) return error;
  const e = error as FastifyLikeError;
  if (hasZodFastifySchemaValidationErrors(e) || (Array.isArray(e?.validation) && e.validation.length > 0)) {
    const where = LOCATION[e.validationContext ?? 'body'] ?? 'body';
    const errors: FieldError[] = (e.validation ?? []).map((v) => {
      const pointer = v.instancePath === '/' ? '' : v.instancePath;
      const issue = { code: v.keyword, message: v.message, params: v.params };
      const code = issueCode(issue);
      return { pointer, in: where, message: humanMessage(issue, pointer, locale), ...(code ? { code } : {}) };
    });
    return new ValidationError(`${errors.map((f) => f.message).join('; ')}.`, errors);
  }
  switch (e?.code) {
    case 'FST_ERR_HANDLER_TIMEOUT':
      return new ServiceUnavailableError('The server took too long to answer; retry later.', {
        code: 'handler_timeout',
        headers: { 'retry-after': '5' },
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PayloadTooLargeError('The request body is larger than this endpoint accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new UnsupportedMediaTypeError('This endpoint accepts application/json bodies only.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new BadRequestError(
        e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'The body is empty but its Content-Type says JSON.'
          : 'The request body is not valid JSON.',
        { code: 'invalid_json' },
      );
  }
  if (e instanceof SyntaxError && e.statusCode === 400) {
    return new BadRequestError('The request body is not valid JSON.', { code: 'invalid_json' });
  }
  const dataError = clientDataError(error);
  if (dataError) return dataError;
  // Other client errors Fastify raises (4xx) keep their status; their messages are safe.
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError(
      String(e.code ?? 'bad_request')
        .toLowerCase()
        .replace(/^fst_err_/, ''),
      e.statusCode,
      'Bad request',
      { detail: e.message },
    );
  }
  return new InternalError({ cause: error });
}

export function problemFrom(error: AppError, requestId: string, instance: string, title: string): Problem {
  return {
    ...(error.extensions ?? {}),
    type: `${PROBLEM_BASE}${error.code.replace(/_/g, '-')}`,
    title,
    status: error.status,
    detail: error.detail,
    instance,
    code: error.code,
    request_id: requestId,
    ...(error.errors && error.errors.length > 0 ? { errors: error.errors } : {}),
  };
}
