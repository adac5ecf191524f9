/** One field a problem+json answer points at (`errors[]`). */
export type FieldError = { pointer?: string; in?: string; message?: string; code?: string; [key: string]: unknown };

/**
 * Thrown for every non-2xx answer (status, code, detail, errors and request_id come from the
 * problem+json body) and, with status 0 and code `network_error`, when the server could not be
 * reached after the last attempt.
 */
export class NexovaError extends Error {
  override readonly name = 'NexovaError';
  readonly status: number;
  readonly code: string;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  /** The parsed body as the server sent it. */
  readonly body: unknown;

  constructor(status: number, body: unknown, cause?: unknown) {
    const problem = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const text = (key: string) => (typeof problem[key] === 'string' ? (problem[key] as string) : undefined);
    const detail = text('detail');
    const title = text('title');
    super(detail ?? title ?? `HTTP ${status}`, cause === undefined ? undefined : { cause });
    this.status = status;
    this.code = text('code') ?? (status === 0 ? 'network_error' : `http_${status}`);
    this.title = title;
    this.detail = detail;
    this.errors = Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [];
    this.requestId = text('request_id') ?? text('requestId');
    this.body = body;
  }
}
