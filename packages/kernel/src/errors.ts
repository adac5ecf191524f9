// One small error hierarchy with stable codes (house rule 10). The HTTP layer maps every AppError
// to RFC 9457 problem+json; anything that is not an AppError is an internal error whose details
// never reach the client.

export type FieldError = {
  /** JSON pointer into the part of the request named by `in`, e.g. "/lines/0/quantity". */
  pointer: string;
  in?: 'body' | 'query' | 'params' | 'headers';
  message: string;
  code?: string;
};

export type AppErrorOptions = {
  detail?: string;
  errors?: FieldError[];
  /** Extra members added to the problem document (must be safe to show to the client). */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly errors?: FieldError[];
  readonly extensions?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(code: string, status: number, title: string, options: AppErrorOptions = {}) {
    super(options.detail ?? title, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.title = title;
    this.errors = options.errors;
    this.extensions = options.extensions;
    this.headers = options.headers;
  }

  get detail(): string {
    return this.message;
  }
}

type Opts = AppErrorOptions & { code?: string };

export class ValidationError extends AppError {
  constructor(detail = 'The request is not valid.', errors: FieldError[] = [], options: Opts = {}) {
    super(options.code ?? 'validation_failed', 400, 'Validation failed', { ...options, detail, errors });
  }
}

export class BadRequestError extends AppError {
  constructor(detail: string, options: Opts = {}) {
    super(options.code ?? 'bad_request', 400, 'Bad request', { ...options, detail });
  }
}

export class UnauthorizedError extends AppError {
  constructor(detail = 'Authentication is required.', options: Opts = {}) {
    super(options.code ?? 'unauthorized', 401, 'Unauthorized', { ...options, detail });
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'You do not have permission to do this.', options: Opts = {}) {
    super(options.code ?? 'forbidden', 403, 'Forbidden', { ...options, detail });
  }
}

export class NotFoundError extends AppError {
  constructor(detail = 'The resource was not found.', options: Opts = {}) {
    super(options.code ?? 'not_found', 404, 'Not found', { ...options, detail });
  }
}

export class MethodNotAllowedError extends AppError {
  constructor(allowed: string[], options: Opts = {}) {
    super(options.code ?? 'method_not_allowed', 405, 'Method not allowed', {
      ...options,
      detail: options.detail ?? `This resource supports ${allowed.join(', ')}.`,
      headers: { allow: allowed.join(', '), ...options.headers },
    });
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, options: Opts = {}) {
    super(options.code ?? 'conflict', 409, 'Conflict', { ...options, detail });
  }
}

export class PreconditionFailedError extends AppError {
  constructor(detail: string, options: Opts = {}) {
    super(options.code ?? 'precondition_failed', 412, 'Precondition failed', { ...options, detail });
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(detail: string, options: Opts = {}) {
    super(options.code ?? 'payload_too_large', 413, 'Payload too large', { ...options, detail });
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(detail: string, options: Opts = {}) {
    super(options.code ?? 'unsupported_media_type', 415, 'Unsupported media type', { ...options, detail });
  }
}

export class UnprocessableError extends AppError {
  constructor(detail: string, options: Opts = {}) {
    super(options.code ?? 'unprocessable', 422, 'Unprocessable content', { ...options, detail });
  }
}

export class RateLimitedError extends AppError {
  constructor(detail: string, options: Opts = {}) {
    super(options.code ?? 'quota_exceeded', 429, 'Too many requests', { ...options, detail });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(detail: string, options: Opts = {}) {
    super(options.code ?? 'service_unavailable', 503, 'Service unavailable', { ...options, detail });
  }
}

export class InternalError extends AppError {
  constructor(options: Opts = {}) {
    super(options.code ?? 'internal_error', 500, 'Internal server error', {
      ...options,
      detail: 'An unexpected error occurred. Quote the request id when you report it.',
    });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
